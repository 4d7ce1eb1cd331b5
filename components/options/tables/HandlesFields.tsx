import { PLATFORMS, type Platform } from '@/lib/schema/contracts';
import type { ImportProblem } from '@/lib/exchange';
import { errorsFor, TextField } from './fields';

export type HandlesText = Record<Platform, string>;

const PLATFORM_NAMES: Record<Platform, string> = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube' };

export function HandlesFields({ value, onChange, errors }: { value: HandlesText; onChange(next: HandlesText): void; errors: readonly ImportProblem[] }) {
  return (
    <fieldset className="field">
      <legend>Handles (separate several with ;)</legend>
      {PLATFORMS.map((platform) => (
        <TextField
          key={platform}
          label={`${PLATFORM_NAMES[platform]} handles`}
          value={value[platform]}
          errors={errorsFor(errors, `handles.${platform}`)}
          onChange={(text) => onChange({ ...value, [platform]: text })}
        />
      ))}
    </fieldset>
  );
}
