import type { Block } from '../../../shared/job/html-blocks.ts';

type Group = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

function group(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'item') {
      if (last?.kind === 'list') last.items.push(block.text);
      else groups.push({ kind: 'list', items: [block.text] });
    } else groups.push(block.kind === 'heading' ? { kind: 'heading', text: block.text } : { kind: 'paragraph', text: block.text });
  }
  return groups;
}

/**
 * The description as our own elements built from plain text: React escapes every string, so
 * nothing the page wrote can become markup, run script or load a resource here.
 */
export function JobDescription({ sections, fallback }: { sections: readonly Block[]; fallback: string }) {
  if (sections.length === 0) return <div className="description plain">{fallback || 'No description on this page.'}</div>;
  return (
    <div className="description">
      {group(sections).map((g, i) =>
        g.kind === 'heading' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole for each job and never reordered.
          <h3 key={i}>{g.text}</h3>
        ) : g.kind === 'paragraph' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <p key={i}>{g.text}</p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <ul key={i}>
            {g.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above.
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
