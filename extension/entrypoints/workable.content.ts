import { workable } from '../../shared/sites/workable.ts';
import { siteScript } from '../capture/site-script.ts';
import { readWorkable } from '../sites/workable.ts';

export default siteScript(workable, readWorkable);
