import { jobvite } from '../../shared/sites/jobvite.ts';
import { siteScript } from '../capture/site-script.ts';
import { readJobvite } from '../sites/jobvite.ts';

export default siteScript(jobvite, readJobvite);
