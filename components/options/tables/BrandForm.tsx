import { useState, type FormEvent } from 'react';
import type { SaveOutcome } from '@/lib/db';
import type { ImportProblem } from '@/lib/exchange';
import type { Brand } from '@/lib/schema/contracts';
import { errorsFor, FormButtons, FormErrors, joinList, splitField, TextField } from './fields';
import { HandlesFields, type HandlesText } from './HandlesFields';

export interface BrandFormProps {
  /** The brand being edited; absent for a new one. */
  brand?: Brand;
  onSave(input: unknown, isNew: boolean): Promise<SaveOutcome<unknown>>;
  onClose(saved: string | null): void;
}

export function BrandForm({ brand, onSave, onClose }: BrandFormProps) {
  const isNew = brand === undefined;
  const [id, setId] = useState(brand?.id ?? '');
  const [name, setName] = useState(brand?.name ?? '');
  const [aliases, setAliases] = useState(joinList(brand?.aliases));
  const [domains, setDomains] = useState(joinList(brand?.domains));
  const [categories, setCategories] = useState(joinList(brand?.categories));
  const [parentId, setParentId] = useState(brand?.parentId ?? '');
  const [handles, setHandles] = useState<HandlesText>({
    instagram: joinList(brand?.handles.instagram),
    tiktok: joinList(brand?.handles.tiktok),
    youtube: joinList(brand?.handles.youtube),
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
        aliases: splitField(aliases),
        domains: splitField(domains),
        categories: splitField(categories),
        parentId: parentId.trim() === '' ? null : parentId.trim(),
        handles: { instagram: splitField(handles.instagram), tiktok: splitField(handles.tiktok), youtube: splitField(handles.youtube) },
      },
      isNew,
    );
    setSaving(false);
    if (outcome.ok) onClose(id.trim());
    else setErrors(outcome.errors);
  };

  return (
    <form className="record-form" aria-label={isNew ? 'New brand' : `Edit brand ${brand.id}`} onSubmit={submit} noValidate>
      <FormErrors errors={errors} />
      <TextField label="Id" value={id} onChange={setId} readOnly={!isNew} autoFocus={isNew} errors={errorsFor(errors, 'id')} hint={isNew ? 'Short and stable; contracts refer to it.' : 'Contracts refer to this id, so it cannot change.'} />
      <TextField label="Name" value={name} onChange={setName} autoFocus={!isNew} errors={errorsFor(errors, 'name')} />
      <TextField label="Aliases" value={aliases} onChange={setAliases} errors={errorsFor(errors, 'aliases')} hint="Other names, separated by ;" />
      <HandlesFields value={handles} onChange={setHandles} errors={errors} />
      <TextField label="Domains" value={domains} onChange={setDomains} errors={errorsFor(errors, 'domains')} hint="e.g. bk.com; burgerking.es" />
      <TextField label="Categories" value={categories} onChange={setCategories} errors={errorsFor(errors, 'categories')} hint="e.g. fast-food; soft-drinks" />
      <TextField label="Parent brand id" value={parentId} onChange={setParentId} list="brand-ids" errors={errorsFor(errors, 'parentId')} hint="Optional: the brand that owns this one" />
      <FormButtons saving={saving} onCancel={() => onClose(null)} />
    </form>
  );
}
