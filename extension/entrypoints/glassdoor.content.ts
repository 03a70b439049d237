import { glassdoor } from '../../shared/sites/glassdoor.ts';
import { siteScript } from '../capture/site-script.ts';
import { readGlassdoor } from '../sites/glassdoor.ts';

export default siteScript(glassdoor, readGlassdoor);
