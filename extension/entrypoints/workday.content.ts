import { workday } from '../../shared/sites/workday.ts';
import { siteScript } from '../capture/site-script.ts';
import { readWorkday } from '../sites/workday.ts';

export default siteScript(workday, readWorkday);
