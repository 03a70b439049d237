import { render } from 'preact';
import { loadTaxonomy } from '../../../shared/match/taxonomy.ts';
import { readShippedTaxonomy } from '../../profile/taxonomy-file.ts';
import { App } from '../../ui/App.tsx';
import '../../ui/panel.css';

const root = document.getElementById('root');
if (!root) throw new Error('sidepanel.html has no #root');
// Scores, resume import and tailoring read the skills taxonomy: the panel shows once it is loaded.
loadTaxonomy(readShippedTaxonomy).then(
  () => render(<App />, root),
  (error: Error) => {
    root.textContent = `Jobsmith could not start: ${error.message}. Reinstall the extension.`;
  },
);
