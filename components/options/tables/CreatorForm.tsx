import { useState, type FormEvent } from 'react';
import type { SaveOutcome } from '@/lib/db';
import type { ImportProblem } from '@/lib/exchange';
import type { Creator } from '@/lib/schema/contracts';
import { errorsFor, FormButtons, FormErrors, joinList, splitField, TextField } from './fields';
import { HandlesFields, type HandlesText } from './HandlesFields';

export interface CreatorFormProps {
  creator?: Creator;
  onSave(input: unknown, isNew: boolean): Promise<SaveOutcome<unknown>>;
  onClose(saved: string | null): void;
}

export function CreatorForm({ creator, onSave, onClose }: CreatorFormProps) {
  const isNew = creator === undefined;
  const [id, setId] = useState(creator?.id ?? '');
  const [name, setName] = useState(creator?.name ?? '');
  const [handles, setHandles] = useState<HandlesText>({
    instagram: joinList(creator?.handles.instagram),
    tiktok: joinList(creator?.handles.tiktok),
    youtube: joinList(creator?.handles.youtube),
  });
  const [errors, setErrors] = useState<ImportProblem[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const outcome = await onSave(
      {
        id,
        name,
        handles: { instagram: splitField(handles.instagram), tiktok: splitField(handles.tiktok), youtube: splitField(handles.youtube) },
      },
      isNew,
    );
    setSaving(false);
    if (outcome.ok) onClose(id.trim());
    else setErrors(outcome.errors);
  };

  return (
    <form className="record-form" aria-label={isNew ? 'New creator' : `Edit creator ${creator.id}`} onSubmit={submit} noValidate>
      <FormErrors errors={errors} />
      <TextField label="Id" value={id} onChange={setId} readOnly={!isNew} autoFocus={isNew} errors={errorsFor(errors, 'id')} hint={isNew ? 'Short and stable; contracts refer to it.' : 'Contracts refer to this id, so it cannot change.'} />
      <TextField label="Name" value={name} onChange={setName} autoFocus={!isNew} errors={errorsFor(errors, 'name')} />
      <HandlesFields value={handles} onChange={setHandles} errors={errors} />
      <FormButtons saving={saving} onCancel={() => onClose(null)} />
    </form>
  );
}
