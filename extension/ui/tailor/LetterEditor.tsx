import type { LetterEdit } from '../../../shared/tailor/edit.ts';
import { type PartClaims, paragraphPart } from '../../../shared/tailor/edit-claims.ts';
import type { CoverLetter } from '../../../shared/tailor/schema.ts';
import { EditField, useFocusAdded } from './EditField.tsx';

interface Props {
  letter: CoverLetter;
  claims: PartClaims;
  onEdit: (edit: LetterEdit) => void;
}

/** The letter's greeting, paragraphs and closing; paragraphs are added and removed here. */
export function LetterEditor({ letter, claims, onEdit }: Props) {
  const count = letter.paragraphs.length;
  const focusAdded = useFocusAdded(`edit-paragraph-${count - 1}`);
  const line = (part: 'greeting' | 'closing', label: string) => (
    <EditField
      id={`edit-${part}`}
      label={label}
      line
      value={letter[part]}
      maxLength={200}
      testId={`tailor-edit-${part}`}
      claims={claims.get(part)}
      onChange={(text) => onEdit({ kind: part, text })}
    />
  );
  return (
    <div className="letter-editor">
      {line('greeting', 'Greeting')}
      {letter.paragraphs.map((p, i) => (
        <EditField
          // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph is its place in the letter; its text is what changes.
          key={i}
          id={`edit-paragraph-${i}`}
          label={`Paragraph ${i + 1}`}
          value={p}
          maxLength={3000}
          testId="tailor-edit-paragraph"
          claims={claims.get(paragraphPart(i))}
          onChange={(text) => onEdit({ kind: 'paragraph', index: i, text })}
        >
          {count > 1 ? (
            <button
              type="button"
              className="secondary small"
              aria-label={`Remove paragraph ${i + 1}`}
              onClick={() => onEdit({ kind: 'remove-paragraph', index: i })}
            >
              Remove
            </button>
          ) : null}
        </EditField>
      ))}
      <button
        type="button"
        className="secondary small"
        disabled={count >= 8}
        onClick={() => {
          onEdit({ kind: 'add-paragraph' });
          focusAdded();
        }}
      >
        Add a paragraph
      </button>
      {line('closing', 'Closing')}
    </div>
  );
}
