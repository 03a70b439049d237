import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-blocks.ts';

describe('htmlToBlocks', () => {
  it('keeps headings, paragraphs and list items', () => {
    expect(htmlToBlocks('<h3>About</h3><p>We <em>build</em> robots.</p><ul><li>Go</li><li><p>Rust</p></li></ul>')).toEqual([
      { kind: 'heading', text: 'About' },
      { kind: 'paragraph', text: 'We build robots.' },
      { kind: 'item', text: 'Go' },
      { kind: 'item', text: 'Rust' },
    ]);
  });

  it('reads LinkedIn-style bold headings and typed bullets separated by <br>', () => {
    const html =
      '<span><strong>Requirements:</strong><br>• 5+ years of Python<br>- SQL<br><br><strong>Nice to have</strong><br>* Airflow</span>';
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'heading', text: 'Requirements' },
      { kind: 'item', text: '5+ years of Python' },
      { kind: 'item', text: 'SQL' },
      { kind: 'heading', text: 'Nice to have' },
      { kind: 'item', text: 'Airflow' },
    ]);
  });

  it('drops scripts, styles, event handlers and comments entirely', () => {
    const html =
      '<p onclick="steal()">Hi<script>alert(1)</script><!-- <p>x</p> --><img src=x onerror="alert(2)"><style>p{}</style></p><svg><text>no</text></svg>';
    expect(htmlToBlocks(html)).toEqual([{ kind: 'paragraph', text: 'Hi' }]);
  });

  it('survives broken markup', () => {
    expect(htmlToBlocks('<div><p>Open <b>bold <i>never closed<li>item</ul></div> 3 < 4')).toEqual([
      { kind: 'paragraph', text: 'Open bold never closed' },
      { kind: 'item', text: 'item' },
      { kind: 'paragraph', text: '3 < 4' },
    ]);
  });
});
