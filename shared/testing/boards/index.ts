import { fakeAshby } from './ashby.ts';
import type { FakeApi } from './fake-api.ts';
import { fakeGreenhouse } from './greenhouse.ts';
import { fakeLever } from './lever.ts';
import { fakePersonio } from './personio.ts';
import { fakeRecruitee } from './recruitee.ts';
import { fakeRemotive } from './remotive.ts';
import { fakeSmartrecruiters } from './smartrecruiters.ts';
import { fakeTeamtailor } from './teamtailor.ts';
import { fakeWorkable } from './workable.ts';
import { fakeWorkday } from './workday.ts';

export { answerFake, type FakeAnswer, type FakeApi, type FakeRequest, fakeFetch } from './fake-api.ts';
export { type FakeBoard, type FakeMode, type FakePosting, fakePostings } from './postings.ts';

/** Every fake board API, one per reader in shared/boards/registry.ts. */
export const FAKE_APIS: readonly FakeApi[] = [
  fakeGreenhouse,
  fakeLever,
  fakeAshby,
  fakeWorkday,
  fakeSmartrecruiters,
  fakeRecruitee,
  fakePersonio,
  fakeWorkable,
  fakeTeamtailor,
  fakeRemotive,
];
