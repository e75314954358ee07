import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, redact } from '../../../src/privacy/redact.ts';

const known = new Set(['police', 'crime', 'disorder', 'act', 'right', 'care', 'person', 'the', 'data', 'protection', 'mental', 'health', 'clare', 'law', 'accident', 'emergency']);

describe('NHS number check digit', () => {
  it.each(['9434765919', '4010232137', '9434765870'])('accepts %s', (n) => expect(isValidNhsNumber(n)).toBe(true));
  it.each(['9434765918', '1234567890', '123456789'])('rejects %s', (n) => expect(isValidNhsNumber(n)).toBe(false));
});

describe('redaction', () => {
  it.each([
    ['NHS number 943 476 5919 attended', 'nhs_number', '943 476 5919'],
    ['nhs no 943-476-5919', 'nhs_number', '943-476-5919'],
    ['his number is 9434765919.', 'nhs_number', '9434765919'],
    ['DOB 12/03/1985 and', 'date_of_birth', '12/03/1985'],
    ['born 3rd March 1985 in', 'date_of_birth', '3rd March 1985'],
    ['lives at CF10 1AA near', 'postcode', 'CF10 1AA'],
    ['postcode sw1a1aa', 'postcode', 'sw1a1aa'],
    ['call 07700 900123 now', 'phone', '07700 900123'],
    ['ring +44 20 7946 0958 today', 'phone', '+44 20 7946 0958'],
    ['email j.bloggs@example.nhs.uk please', 'email', 'j.bloggs@example.nhs.uk'],
    ['NI number QQ 12 34 56 C', 'other', 'QQ 12 34 56 C'],
    ['PNC 98/123456X', 'other', '98/123456X'],
    ['Mr John Smith came in', 'name', 'John Smith'],
    ['the patient Aisha Khan said', 'name', 'Aisha Khan'],
    ['I saw Gareth Llewellyn in A&E', 'name', 'Gareth Llewellyn'],
    ['Subject Lee Carver, PNC 98/123456X', 'name', 'Lee Carver'],
    ['From: DC R. Mills about the job', 'name', 'R. Mills'],
    ['nhs 4857773457 attended', 'nhs_number', '4857773457'],
    ['d.o.b. 1985-03-12 recorded', 'date_of_birth', '1985-03-12'],
    ['born March 3, 1985, lives', 'date_of_birth', 'March 3, 1985'],
    ['NI no. AB123456C on file', 'other', 'AB123456C'],
    ['CRO 123456/08K held', 'other', '123456/08K'],
    ['lives at 14 Acacia Avenue, Leeds', 'other', '14 Acacia Avenue'],
    ['mobile +447700900123 now', 'phone', '+447700900123'],
    ['call (029) 2087 1234 today', 'phone', '(029) 2087 1234'],
  ])('removes %s', (text, type, value) => {
    const result = redact(text, { knownWords: known });
    expect(result.text).not.toContain(value);
    expect(result.redactions.map((r) => r.type)).toContain(type);
  });

  it('flags ten digits that fail the NHS check as an identifier, not an NHS number', () => {
    const result = redact('number 1234567890 on the form', { knownWords: known });
    expect(result.text).not.toContain('1234567890');
    expect(result.redactions).toEqual([{ type: 'other' }]);
  });

  it.each([
    'Is section 115 of the Crime and Disorder Act 1998 a power?',
    'Does s.170 of the Data Protection Act 2018 apply?',
    'Sch 2 para 2 and Art 8 ECHR',
    'What does Right Care Right Person mean for Mental Health calls?',
    "Can police use Clare's Law?",
    'ss 135 and 136 of the Mental Health Act 1983',
    'Under SI 2026/82 the changes started on 5 February 2026.',
  ])('keeps legal references and vocabulary in %s', (text) => {
    const result = redact(text, { knownWords: known });
    expect(result.redactions.filter((r) => r.type !== 'other')).toEqual([]);
    expect(result.text).toContain(text.split(' ').slice(0, 3).join(' '));
  });

  it('removes a first name left alone after the full name was removed', () => {
    const result = redact('Victim Sophie Marsh says Sophie does not want health involved', { knownWords: known });
    expect(result.text).not.toMatch(/Sophie|Marsh/);
  });

  it('reads a rank that ends a sentence as a role, not the start of a name', () => {
    expect(redact('PC. My cousin is a phlebotomist at the hospital', { knownWords: known }).text).toBe('PC. My cousin is a phlebotomist at the hospital');
    expect(redact('Sgt. Can the GP tell me?', { knownWords: known }).text).toBe('Sgt. Can the GP tell me?');
    expect(redact('DC. Smith asked for the notes', { knownWords: known }).text).not.toContain('Smith');
    // A word the knowledge base uses after a rank and a full stop opens the question's first sentence.
    expect(redact('PC. Shop window smashed, suspect cut his hand', { knownWords: new Set([...known, 'shop']) }).text).toBe('PC. Shop window smashed, suspect cut his hand');
    // The rank stays, so the question still says a police officer is asking.
    expect(redact('PC. Looking for the lad who did a robbery', { knownWords: known }).text).toBe('PC. [name] for the lad who did a robbery');
    expect(redact('From: DC R. Mills about the job', { knownWords: known }).text).toBe('From: DC [name] about the job');
  });

  it('keeps a date that is not next to a person as a date, not a date of birth', () => {
    expect(redact('The incident was on 12/03/2026 in the town centre', { knownWords: known }).redactions).toEqual([{ type: 'other' }]);
  });

  it.each([
    'The Data (Use and Access) Act 2025 came in through SI 2026/82.',
    'Call the ICO helpline if you are unsure about Schedule 1 paragraph 10.',
    'Is a DP7 form the same as a section 29 request under the DPA 1998?',
    'The GMC guidance paragraphs 60 to 70 cover this.',
    'MAPPA level 2 and 3 meetings under CJA 2003 s325',
  ])('leaves "%s" untouched', (text) => {
    const result = redact(text, { knownWords: new Set([...known, 'use', 'access', 'came', 'through', 'call', 'helpline', 'guidance', 'meetings', 'form', 'same', 'request', 'level', 'schedule', 'paragraph', 'paragraphs', 'cover']) });
    expect(result).toMatchObject({ text, redactions: [] });
  });

  it('lists each kind once and keeps the removed values only for checking output', () => {
    const result = redact('Mrs Jane Doe, DOB 01/02/1990, 943 476 5919 and 943 476 5870', { knownWords: known });
    expect(result.redactions.map((r) => r.type).sort()).toEqual(['date_of_birth', 'name', 'nhs_number']);
    expect(result.removedValues).toContain('943 476 5870');
  });
});
