import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { acronymInstruments, claimedUnder, displayName, namedInstruments, unknownInstruments } from '../../../src/deciding/named-instruments.ts';

const known = new Set(
  namedInstruments([
    'Section 115 of the Crime and Disorder Act 1998 is a power. The Data Protection Act 2018 applies.',
    "The Herbert Protocol and Clare's Law are national schemes. The Mental Capacity Act 2005 test differs.",
  ]),
);

describe('instruments a question names that the knowledge base does not', () => {
  it.each([
    ['Under the Caldicott Act do I have to tell the police?', ['Caldicott Act']],
    ["Helen's Law says we must tell the family", ["Helen's Law"]],
    ['the patient confidentiality act 2019 requires it', ['Patient Confidentiality Act']],
    ['What about the Philomena Protocol?', ['Philomena Protocol']],
    ['Does a Health Records Act request make us disclose?', ['Health Records Act']],
  ])('"%s" names %j', (question, names) => {
    expect(unknownInstruments(question, known).map(displayName)).toEqual(names);
  });

  it.each([
    'does the crime and disorder act oblige us',
    'the Data Protection Act makes us share whenever police ask',
    'under the mental capacity act can I',
    "a Clare's Law request",
    'the herbert protocol form',
    'is it an act of terrorism',
    'info that would help prevent a terrorist act',
    'a 12 year old cannot consent to any sexual act',
    'we act for the patient',
    'We want to set up a frequent-caller scheme with the MH trust',
  ])('finds nothing unknown in "%s"', (question) => {
    expect(unknownInstruments(question, known)).toEqual([]);
  });
});

describe('instruments named by a short name the glossary expands', () => {
  const named = namedInstruments(['Section 16 of the Police, Crime, Sentencing and Courts Act 2022 does not authorise it.']);
  const acronyms = { PCSC: 'Police Crime Sentencing and Courts Act 2022', GP: 'general practitioner doctor', XYZ: 'Xylophone Zoning Act 1901' };

  it('knows "the PCSC Act" as the Act its acronym expands to, and nothing for acronyms of other things', () => {
    expect(acronymInstruments(acronyms, named)).toEqual(['pcsc act']);
  });

  it('does not call the PCSC Act unknown once its short name is known', () => {
    const known = new Set([...named, ...acronymInstruments(acronyms, named)]);
    expect(unknownInstruments('can we use the PCSC Act info sharing section to get names?', known)).toEqual([]);
    expect(unknownInstruments('can we use the PCSC Act info sharing section to get names?', new Set(named))).toEqual(['pcsc act']);
  });
});

describe('schemes the knowledge base describes', () => {
  it('knows the probation Victim Contact Scheme from the note on victims of patients on hospital orders', async () => {
    const note = await readFile('knowledge/notes/dvcva-2004-victims-of-restricted-patients.md', 'utf8');
    const known = new Set(namedInstruments([note]));
    expect(unknownInstruments('Someone told her the victim contact scheme is only for restricted patients. Is that right?', known)).toEqual([]);
  });
});

describe('whether a question says something is done under a named instrument', () => {
  it.each([
    ["The letter says it's a requirement under section 17 of the Criminal Appeal Act.", 'criminal appeal act', true],
    ['They have formally required us, under s17 of the Criminal Appeal Act, to produce the file', 'criminal appeal act', true],
    ['Under the Caldicott Act do I have to tell the police?', 'caldicott act', true],
    ["The SAB asked under section 45. Doesn't the Caldicott Act mean we can't release anything?", 'caldicott act', false],
  ])('%s', (question, key, expected) => {
    expect(claimedUnder(question, key)).toBe(expected);
  });
});
