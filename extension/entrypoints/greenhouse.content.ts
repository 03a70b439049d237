import { greenhouse } from '../../shared/sites/greenhouse.ts';
import { siteScript } from '../capture/site-script.ts';
import { readGreenhouse } from '../sites/greenhouse.ts';

export default siteScript(greenhouse, readGreenhouse);
