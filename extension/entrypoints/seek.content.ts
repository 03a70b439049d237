import { seek } from '../../shared/sites/seek.ts';
import { siteScript } from '../capture/site-script.ts';
import { readSeek } from '../sites/seek.ts';

export default siteScript(seek, readSeek);
