import { personio } from '../../shared/sites/personio.ts';
import { siteScript } from '../capture/site-script.ts';
import { readPersonio } from '../sites/personio.ts';

export default siteScript(personio, readPersonio);
