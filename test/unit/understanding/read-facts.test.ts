import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandAlternatives, factRoles, loadFactVocabulary, statesSituationFacts } from '../../../src/understanding/fact-vocabulary.ts';
import { FactReader } from '../../../src/understanding/read-facts.ts';

// The real vocabulary in knowledge/facts/: these tests hold the data and the code to each other.
let reader: FactReader;
beforeAll(async () => {
  reader = new FactReader(await loadFactVocabulary('knowledge'));
});

const fact = (question: string, name: string) => reader.read(question)[name];

describe('who is asking whom', () => {
  it.each([
    ['A police officer rang A&E asking if a man was treated last night', 'police'],
    ['The PCSO has messaged me asking what was wrong with him', 'police'],
    ['PC. Man in the station says he will kill himself tonight. He has a mental health nurse. Can I phone her?', 'health'],
    ['The coroner has asked our practice for the notes of a patient who died', 'coroner'],
    ['We got a request from the police for a suspect’s records', 'police'],
    ['Can I tell the police about a patient who threatened his ex?', 'police'],
    ['Should we share the discharge summary with social services?', 'social_care'],
    ["life insurance co sent a signed consent form from our patient. Can I send them the full GP record?", 'insurer'],
    ["Custody sergeant: can I tell the detainee's mum he's been arrested?", 'family'],
    ['DS on a murder enquiry. Can we get her records without next of kin consent?', 'police'],
    ['Practice manager. A detective came to reception saying one of our patients has been arrested. He wants a copy of her whole GP record now.', 'police'],
    ['As a PC, can I tell the GP about a domestic incident?', 'health'],
    ["Sgt. He keeps calling 999 saying he's suicidal. Can I share his call history with his CPN?", 'health'],
    ["The patient is happy for me to explain what happened. Can I talk to the journalist?", 'media'],
  ])('"%s" would go to %s', (question, recipient) => {
    expect(fact(question, 'recipient')).toBe(recipient);
  });

  it.each([
    ["I'm a PC on response, can the hospital tell me if someone's been admitted?", 'police'],
    ['DC here - do GPs have to answer a DP7?', 'police'],
    ['FEO here - can I ask his GP for more on his medical history?', 'police'],
    ['Duty skipper. The AMHP says the risk information is confidential.', 'police'],
    ['As a GP, can I share records with the police?', 'health'],
    ['My patient told me he has a gun at home', 'health'],
    ['Our custody suite has a detainee who needs his medication', 'police'],
  ])('"%s" is asked by %s', (question, asker) => {
    expect(fact(question, 'asker')).toBe(asker);
  });

  it.each([
    ['Custody sergeant, 3am. The mental health trust says nothing can be released out of hours.', 'police'],
    ['A&E nurse. The police want the name of a man we treated.', 'health'],
    ['Nurse in charge at an urgent care centre. Police rang asking about a missing man.', 'health'],
    ['DC on a rape investigation. Can I ask the counselling service for her notes?', 'police'],
    ['Police liaison nurse: can I pass this on?', 'health'],
  ])('reads the role that opens "%s" as the asker, %s', (question, asker) => {
    expect(fact(question, 'asker')).toBe(asker);
  });

  it('reads a role the question is signed off with as the asker', () => {
    expect(fact('Mum keeps ringing about the checks on her daughter\'s partner. Can I just tell her? PC, DA team', 'asker')).toBe('police');
    expect(fact('Can I tell the police? Thanks', 'asker')).toBeUndefined();
  });

  it('does not read across the end of a sentence', () => {
    // "tell her" ends its sentence: the PC who signs off is not who she is told about.
    expect(fact('Mum wants to know what we found. Can I just tell her? PC, DA team', 'recipient')).toBe('family');
    expect(fact('He said no. Police have asked for his notes.', 'consent')).toBe('refused');
    expect(fact('The GP said not. Court order came today.', 'instrument')).toBe('court_order');
  });

  it('carries a negation across a list of concerns', () => {
    expect(fact("15 yo, Fraser competent, and I've no concerns about coercion, exploitation or anything abusive", 'child_harm')).not.toBe('suspected');
  });

  it('does not read an opening sentence as a role', () => {
    expect(fact('Police asked for his name. Can I give it?', 'asker')).toBeUndefined();
    expect(fact('Officers at the front desk want his notes. Do we send them?', 'asker')).toBeUndefined();
  });

  it('reads a patient described as an illegal immigrant as a question involving immigration enforcement', () => {
    expect(reader.agenciesInvolved('Patient is an illegal immigrant. Should I tell the Home Office?').has('immigration')).toBe(true);
    expect(reader.agenciesInvolved('Suspected victim of modern slavery: do we notify the Home Office?').has('immigration')).toBe(false);
  });

  it('reads a name that only describes the agency named next as that agency', () => {
    expect(fact("Health visitor: can I let the family's GP know about mum's low mood?", 'recipient')).toBe('health');
    expect(reader.agenciesInvolved("Can I let the family's GP know?").has('family')).toBe(false);
    expect(fact("The coroner's officer has asked for his notes", 'recipient')).toBe('coroner');
  });

  it('reads a call to tell the asker something as no request', () => {
    expect(fact('Nursing home manager. A DS phoned to say one of our night carers was arrested at the weekend. Are the police allowed to tell us that?', 'recipient')).toBeUndefined();
    expect(fact('A DS phoned asking for the rota for the night of the assault', 'recipient')).toBe('police');
  });

  it("reads a bare 'officer' as the agency the question names more fully, not as the police", () => {
    const question = "An officer rang saying she's a coroner's officer and wants his recent history for the coroner";
    expect(fact(question, 'recipient')).not.toBe('police');
    expect(reader.agenciesInvolved(question).has('police')).toBe(false);
    expect(reader.agenciesInvolved('An officer rang about a patient who died').has('police')).toBe(true);
  });

  it.each([
    ['Reporter asking me to confirm the name of the guy we nicked for the estate burglaries. Can I?', true],
    ['ward wont tell us his d/c date, he is wanted for a rape, can they refuse', true],
    ['sending info to a&e about a man we brought in, is that a policing purpose?', true],
    ['Offender manager. One of my nominals has started a job as a delivery driver. Am I allowed to tell the firm?', true],
    ['A journalist has asked the trust to confirm a celebrity was admitted. What can we say?', false],
    ['Can a mental health nurse share a risk history with the housing association?', false],
  ])('"%s" involves the police: %s', (question, involved) => {
    expect(reader.agenciesInvolved(question).has('police')).toBe(involved);
  });

  it('takes who the closing question would give to over who asked earlier in the story', () => {
    expect(fact('The Nursing and Midwifery Council has opened a case. Her solicitor has written asking us to keep the interviews back. Can we give the NMC the interviews?', 'recipient')).toBe('regulator');
    expect(fact('The police have asked for his notes. Can we send them?', 'recipient')).toBe('police');
    expect(fact("I've already made a report to the council. Now my lead says I'm obliged to report it to the police as well. Is she right?", 'recipient')).toBe('police');
  });

  it('takes the later of two agencies that asked, the one the closing question answers', () => {
    expect(fact('A 15 year old came in drunk and her mum turned up later. Police want to know if she was assaulted. Can I tell them?', 'recipient')).toBe('police');
    expect(fact('Police asked for his notes last week. Now his mum is asking too. Can I give them to her?', 'recipient')).toBe('family');
  });

  it('does not read reporting someone missing as telling them', () => {
    expect(fact('Misper coordinator. A sister has reported her brother, 38, missing. Can the care coordinator refuse to tell us where he is?', 'recipient')).toBe('police');
  });

  it('does not count an agency the question says it is not', () => {
    const question = "An officer (not from the coroner's office) came to the practice asking for a report on a patient who died.";
    expect(fact(question, 'recipient')).not.toBe('coroner');
    expect(reader.agenciesInvolved(question).has('coroner')).toBe(false);
    expect(reader.agenciesInvolved('Was it the coroner or not? The coroner asked for his notes.').has('coroner')).toBe(true);
    expect(fact('Is this a request or not? The police asked for his notes.', 'recipient')).toBe('police');
  });

  it('does not read the place someone went or rang as the one asking', () => {
    expect(fact('A detective came to the GP practice asking for his notes', 'recipient')).not.toBe('health');
    expect(fact('A detective came to the GP practice asking for his notes', 'recipient')).toBe('police');
    expect(fact('A policeman attends the surgery asking for his records', 'recipient')).toBe('police');
    expect(fact('Our practice is asking the police for the incident log', 'recipient')).toBe('health');
  });

  it('reads a request of the asker later in the clause the agency leads', () => {
    expect(fact('Police are looking into the circumstances and have asked me for a report on his health.', 'recipient')).toBe('police');
    expect(fact("A uniformed officer (not from the coroner's office) came to the practice asking for a report", 'recipient')).toBe('police');
    expect(fact("Practice manager. An officer investigating a shed burglary wants a patient's consultation history.", 'recipient')).toBe('police');
    // A new subject starts a new clause: here the asker is the one asking.
    expect(fact('The police were at the flat and we asked for an ambulance', 'recipient')).toBeUndefined();
  });

  it("does not take a medical examiner's officer for the police", () => {
    expect(fact('The medical examiner officer from the hospital has rung asking for his records', 'recipient')).toBe('health');
  });

  it('leaves out of the matching text an agency the question rules out in an aside', () => {
    expect(reader.withoutDisowned("Police - CID, not the coroner's officer - are looking into it")).not.toMatch(/coroner/);
    expect(reader.withoutDisowned("An officer (not from the coroner's office) came")).not.toMatch(/coroner/);
    expect(reader.withoutDisowned("CID, unexplained death (not on behalf of the coroner, our own enquiry)")).not.toMatch(/coroner/);
    expect(reader.withoutDisowned("We're not acting for the coroner on this, it's the murder investigation")).not.toMatch(/coroner/);
    expect(reader.withoutDisowned('Officer wants the records for an investigation, no mention of the coroner or identifying anyone')).not.toMatch(/coroner/);
    expect(reader.withoutDisowned("It's not a court order, just a form")).toMatch(/court order/);
  });

  it('does not take words the question quotes someone else saying as the asker\'s', () => {
    // "us" inside the officer's words is the police, not the practice manager asking.
    expect(fact("Practice manager. The officer told reception 'you've got a duty to share with us now'. Have we?", 'recipient')).not.toBe('health');
    expect(fact("Practice manager. Can the hospital share it with us?", 'recipient')).toBe('health');
  });

  it('does not take "I told them…" as a wish to tell the agency named before it', () => {
    expect(fact('DC here. The GP will not give it. I told them the crime exemption means they have to. Am I right?', 'recipient')).toBeUndefined();
  });

  it('takes "tell me" as the information coming to the person asking', () => {
    expect(reader.read("I'm a DC. Can the nurse tell me whether he was treated?")).toMatchObject({ asker: 'police', recipient: 'police' });
    expect(reader.read("I'm a GP. She told me her partner hits her son. Can I share it?")).not.toHaveProperty('recipient');
  });

  it('does not take an agency that wants to give as one asking', () => {
    const facts = reader.read('PC here, we need to know when she is discharged. The ward says they cant tell me. Here is my number if the ward wants to ring back');
    expect(facts).toMatchObject({ asker: 'police', recipient: 'police' });
    expect(fact('The police want to tell the GP about a domestic incident', 'recipient')).toBe('health');
  });

  it.each([
    "a patient's ex-partner, who is a police officer, rang asking for her new address",
    "can nurses check their ex partner's records",
    'can i look on emis for my copper brother',
    'one of our GPs asked me to check whether his mother in law has had her flu jab',
    'An officer I used to go out with emailed me asking if his neighbour is known to our service',
    'PC. My cousin is a phlebotomist and could look him up for me',
    'A colleague asked me to run a check on his daughter’s boyfriend, off the books',
  ])('reads a request through a personal contact: "%s"', (question) => {
    expect(fact(question, 'request_route')).toBe('personal_contact');
  });
});

describe('age', () => {
  it.each([
    ['a 14 y/o girl', 'child'],
    ['patient is 17yo', 'child'],
    ['aged 15', 'child'],
    ['a 16-year-old boy', 'child'],
    ['she is 24', 'adult'],
    ['a 24 year old woman', 'adult'],
    ['a teenager came in', 'child'],
    ['an elderly man with dementia', 'adult'],
    ['her partner is 45 and she says he hits her', 'adult'],
  ])('reads "%s" as %s', (question, band) => {
    expect(fact(question, 'age')).toBe(band);
  });

  it('reads no age from section numbers, years or counts', () => {
    for (const question of ['under section 115 of the 1998 Act', 'within 24 hours', 'we saw 3 patients']) expect(fact(question, 'age')).toBeUndefined();
  });

  it('reads no age from the years of a conviction, a sentence or an injury', () => {
    for (const question of ['he has a 9-year-old conviction for shoplifting', 'she got a 10 year sentence', 'an old 12 year old scar on his arm']) {
      expect(fact(question, 'age')).toBeUndefined();
    }
    expect(fact('a 9-year-old with a conviction for theft', 'age')).toBe('child');
  });

  it('reads "who\'s 91" as an age, but not a time or distance', () => {
    expect(fact("a night carer slapped Mrs D, who's 91 with advanced dementia", 'age')).toBe('adult');
    expect(fact("a night carer slapped Mrs D, who's 91 with advanced dementia", 'consent')).toBe('lacks_capacity');
    expect(fact('the crew, who is 5 minutes away', 'age')).toBeUndefined();
  });

  it('reads everyday words for an older person as an adult', () => {
    expect(fact('social worker wants our notes on an old lady her son is taking money off', 'age')).toBe('adult');
    expect(fact("my nan's carer has been taking her pension", 'age')).toBe('adult');
    expect(fact('a lady brought in her little boy with bruises', 'age')).toBe('child');
  });

  it('trusts a stated number over a word', () => {
    expect(fact('a girl of 19, aged 19', 'age')).toBe('adult');
  });

  it('reads each fact that bands ages by its own bands', () => {
    expect(fact("12 yr old girl asking for the pill, boyfriend is 'nearly 14'", 'child_under_13')).toBe('under_13');
    expect(fact("12 yr old girl asking for the pill, boyfriend is 'nearly 14'", 'age')).toBe('child');
    // An age no band takes leaves the fact unstated, whatever words follow.
    expect(fact('a 14 year old says a friend of hers is under 13', 'child_under_13')).toBeUndefined();
    expect(fact('a child under 13 has told me she is sexually active', 'child_under_13')).toBe('under_13');
  });
});

describe('situations in the words of busy users', () => {
  it('reads a child being hit by anyone in the household, or with an object, as a concern of abuse', () => {
    expect(fact("yr 9 boy told me his dad's new girlfriend hits him with a wooden spoon", 'child_harm')).toBe('suspected');
    expect(fact("mum's boyfriend hits the 3 year old with a belt", 'child_harm')).toBe('suspected');
    expect(fact('he hit the ball with a bat at school', 'child_harm')).toBeUndefined();
  });

  it('reads an attack still being planned as a risk to others, not as how an injury came about', () => {
    const question = 'nurse overheard a patient on the phone arranging to get weapons for an attack, must she report it';
    expect(fact(question, 'risk')).toBe('others');
    expect(fact(question, 'injury_cause')).toBeUndefined();
    expect(fact('he was stabbed in an attack outside the pub', 'injury_cause')).toBe('attack');
  });

  it('reads unwanted touching of a child as a concern of abuse, but not touching alone', () => {
    expect(fact('A teenager told me an adult at her sports club has been touching her', 'child_harm')).toBe('suspected');
    expect(fact('a 15 year old says she was touched inappropriately by a coach', 'child_harm')).toBe('suspected');
    expect(fact('my patient says her partner keeps touching her when she says no', 'child_harm')).toBeUndefined();
  });

  it('reads a patient telling staff of a crime they committed as their own offence', () => {
    expect(fact('A patient disclosed that he sexually assaulted someone last year', 'own_offence')).toBe('admitted');
    expect(fact('a client told me about a historic rape he committed', 'own_offence')).toBe('admitted');
    expect(fact('she told me she was raped last year', 'own_offence')).toBeUndefined();
  });

  it('reads a patient asking for part of their history to be left out of a referral as refusing consent to share it', () => {
    expect(fact('He has capacity and has explicitly asked me to leave out his history of psychosis', 'consent')).toBe('refused');
    expect(fact('she asked us not to mention the overdose in the referral', 'consent')).toBe('refused');
  });

  it('reads a patient filling in a form for a copy of her record as a subject access request', () => {
    const question = 'A woman filled in our form for a copy of her whole GP record. The officer told her to get her full medical records and bring them in. Can I refuse the request?';
    expect(fact(question, 'subject_access')).toBe('made');
    // The holder refusing the request is not the person refusing consent.
    expect(fact(question, 'consent')).toBeUndefined();
    // Who asks for the copy decides it.
    expect(fact('The police asked for a copy of his records', 'subject_access')).toBeUndefined();
    expect(fact("GP here. Police want a copy of a patient's records for a burglary investigation", 'subject_access')).toBeUndefined();
    expect(fact('DC here, can I get a copy of her medical records for my investigation?', 'subject_access')).toBeUndefined();
    expect(fact("She's filled in our SAR form for her whole record", 'subject_access')).toBe('made');
    expect(fact("the officer told her to 'just get a copy of your GP records and send them to us'", 'subject_access')).toBe('made');
    expect(fact('PC: can I just get a copy of his records from the GP?', 'subject_access')).toBeUndefined();
    expect(fact('She has asked for a copy of her GP records', 'subject_access')).toBe('made');
  });

  it('does not read "tell her we\'ll…" as telling the person about a disclosure', () => {
    expect(fact("Can I tell her we'll only send it to the police?", 'informing_subject')).toBeUndefined();
    expect(fact("Do I have to tell him I've shared it with the police?", 'informing_subject')).toBe('asked');
  });

  it('reads "no capacity concerns" as a person who can decide, and what they then said as their consent', () => {
    const question = "She's completely with it, no capacity concerns at all, and she begged me not to tell anyone.";
    expect(fact(question, 'consent')).toBe('refused');
    expect(fact('no capacity concerns, she is happy for us to tell her GP', 'consent')).toBe('given');
    expect(fact('daughter phoning re her 84yo mum, delirious, cant consent atm', 'consent')).toBe('lacks_capacity');
    expect(fact('I suggested referring him to his GP and he said firmly no', 'consent')).toBe('refused');
  });

  it('does not read a relative who died as the person having died', () => {
    expect(fact("He admits he's been lonely since his wife died", 'deceased')).toBeUndefined();
    expect(fact('a patient who died at home last week', 'deceased')).toBe('died');
    expect(fact('A patient with a termination her husband never knew about died on the ward yesterday', 'deceased')).toBe('died');
    expect(fact('She told me more than once that she never wanted him to find out', 'consent')).toBe('refused');
    expect(fact('Male body recovered from the canal, too decomposed for visual ID', 'deceased')).toBe('died');
    expect(fact('one of our patients was killed by her husband in the spring', 'deceased')).toBe('died');
  });

  it('reads a relative who works at the practice as a personal route for a police request', () => {
    expect(fact("my wife's a GP receptionist, can she just check if my suspect is registered there?", 'request_route')).toBe('personal_contact');
  });

  it('reads the doctor treating the patient taking blood for the police', () => {
    expect(fact('RTC driver unconscious in A&E, suspect drink. can the doc treating him take bloods for us?', 'specimen')).toBe('treating_doctor_asked');
  });

  it('reads a threat to put a knife in someone as a risk to others, and his past violence as no injury of his', () => {
    const question = "previous conviction for assault (glassed someone in 2019). He said he's going round to his ex's on Saturday to 'put a knife in her'";
    expect(fact(question, 'risk')).toBe('others');
    expect(fact(question, 'weapon')).toBe('threatened');
    expect(fact(question, 'injury_cause')).toBeUndefined();
  });

  it('reads a police request for records with no line of enquiry behind it as speculative', () => {
    expect(fact("DC. CPS want her SARC notes 'as standard'. There's nothing specific they're looking for.", 'request_basis')).toBe('speculative');
    expect(fact('Police want the GP records just in case there is something in them', 'request_basis')).toBe('speculative');
    // Only a question involving the police: "routinely" in a referral is not a request for records.
    expect(fact('we routinely copy the GP into discharge letters', 'request_basis')).toBeUndefined();
  });

  it('reads an officer embedded in a crisis team with full access to notes as police taking part in care', () => {
    const question = "We've been told a police officer is joining our team to manage 'high intensity users', SIM-style, and should get full access to RiO notes";
    expect(fact(question, 'care_approach')).toBe('police_in_therapy_or_sanctions');
  });

  it('reads a private clinic of any kind as an independent provider', () => {
    expect(fact('I manage a private physio clinic. Police have emailed asking for a client’s address', 'provider_type')).toBe('private');
    expect(fact('I manage a private physio clinic. Police have emailed asking for a client’s address', 'sector')).toBe('independent');
  });

  it('reads a relative asking for a copy of the person\'s records, and whether they show authority', () => {
    expect(fact("A man has emailed asking for a full copy of his mum's GP record, says he's her son. Do we have to send it as a subject access request?", 'access_applicant')).toBe('someone_else');
    expect(fact('A solicitor has sent a subject access request for his client with her signed authority', 'access_applicant')).toBe('authorised');
    // A power of attorney in a safeguarding story is no request for records.
    expect(fact('son has lasting power of attorney and seems to be helping himself to her pension', 'access_applicant')).toBeUndefined();
    expect(fact("Daughter of a patient who died on our ward has put in an FOI request for her mum's notes", 'access_applicant')).toBeUndefined();
    expect(fact("A patient's daughter holds a lasting power of attorney for health and welfare. She wants to see her mum's records.", 'access_applicant')).toBe('authorised');
  });

  it('reads what the person said must not happen as their refusal, not as a question about a duty', () => {
    const question = "she specifically said I mustn't tell her husband. He's ringing the team wanting to know how she is. What can I tell him?";
    expect(fact(question, 'consent')).toBe('refused');
    expect(fact(question, 'question_asks')).toBe('permission');
    expect(fact('he told the sergeant nobody is to be phoned on his behalf', 'consent')).toBe('refused');
    // A wish reported earlier does not hide the duty asked about after it.
    expect(fact("Police letter says we mustn't tell her about the request. Doesn't it mean I'm obliged to hand them over?", 'question_asks')).toBe('duty');
    expect(fact('my lead said I must report it to the police, is she right?', 'question_asks')).toBe('duty');
    expect(fact('sarge asking whether they actually have to ring the MH triage nurse line first', 'question_asks')).toBe('duty');
  });

  it('reads "what do I need to send them?" as a question about the process, not about a duty', () => {
    expect(fact('Can the trust release the recording, and what do I need to send them?', 'question_asks')).toBe('something_else');
    expect(fact('do I need to send them the records?', 'question_asks')).toBe('duty');
  });

  it('reads how to word a request only in a question about records or a request', () => {
    expect(fact('She is asking us to confirm we have got him. What do I put in my reply to her?', 'request_process')).toBeUndefined();
    expect(fact('What should I put on the DP7 so the surgery accepts it?', 'request_process')).toBe('how_to');
  });

  it('reads a described pipe bomb as a risk to others', () => {
    expect(fact('showed me a photo on his phone of what looked like a pipe with wires taped to it', 'risk')).toBe('others');
  });

  it('does not read what the asker sets aside as a separate matter', () => {
    expect(fact("We've also had a subject access request from the son for his own records, which I know is a separate thing.", 'subject_access')).toBeUndefined();
    expect(fact("We've also had a subject access request from the son for his own records.", 'subject_access')).toBe('made');
  });

  it('reads an officer\'s shorthand: a concern for welfare, the ambo crew', () => {
    const question = "attended a concern for welfare, 80yo lady had a fall at home. Ambo crew wouldnt tell me her diagnosis for my log. can they just refuse?";
    expect(fact(question, 'asker')).toBe('police');
    expect(fact(question, 'recipient')).toBe('police');
    expect(reader.agenciesInvolved('the ambo crew took him in').has('health')).toBe(true);
  });

  it('reads warning other patients about what the police said in confidence as passing it on', () => {
    expect(fact('Police have told me in confidence that one of our patients is a registered sex offender. Staff want to warn the other patients in the bay.', 'onward_sharing')).toBe('planned');
    expect(fact('Staff want to warn the other patients in the bay about the noise.', 'onward_sharing')).toBeUndefined();
  });

  it('reads a custody sergeant\'s shorthand as a person in custody, a voluntary pt as informal, and past-tense capacity', () => {
    expect(fact("custody sgt. 16yo in for robbery says dont tell his mum", 'custody')).toBe('in_custody');
    expect(fact('ward rang in a voluntary pt as AWOL', 'detained_under')).toBe('informal');
    expect(fact('I assessed him and he lacked capacity to make decisions about treatment', 'consent')).toBe('lacks_capacity');
  });

  it('reads a kitchen knife and going round there tonight as a risk to others', () => {
    const question = "he's got a kitchen knife and is going round there tonight to 'finish it'";
    expect(fact(question, 'weapon')).toBe('threatened');
    expect(fact(question, 'risk')).toBe('others');
  });

  it('reads popping round to see the parents as approaching the family', () => {
    expect(fact('school says yr10 girl being taken abroad to be married. thinking of popping round to see the parents?', 'family_approach')).toBe('planned');
  });

  it('reads helping with a bomb as terrorism and a risk to others', () => {
    const question = "he'd helped his cousin get hold of the parts for the bomb at the train station last month";
    expect(fact(question, 'crime_topic')).toBe('terrorism');
    expect(fact(question, 'risk')).toBe('others');
  });

  it('reads a patient heading to his car with his keys as about to drive', () => {
    expect(fact('pt had IV morphine + diazepam an hour ago, heading to his car w keys', 'driving_risk')).toBe('imminent');
    expect(fact('car clipped a cyclist pulling out of the health centre car park and drove off', 'driving_risk')).toBeUndefined();
    expect(fact('the GP recognised the driver off our cctv still', 'driver_identity')).toBe('asked');
    expect(fact('Fail-to-stop fatal, our driver is intubated in resus and obviously cannot consent', 'driver_identity')).toBeUndefined();
  });

  it('reads a family with no marks and nothing disclosed as no concern of harm', () => {
    expect(fact('youngest is a bit behind on weight. Parents are loving, no marks, nothing disclosed', 'child_harm')).toBe('none');
  });

  it('does not read the Cardiff Model as Wales, and reads names and DOBs as identifying', () => {
    const question = 'CSP analyst. cardiff model means A&E has to give us names + DOBs of assault pts to match to crimes, right?';
    expect(fact(question, 'place')).toBeUndefined();
    expect(fact(question, 'data_form')).toBe('identifiable');
    expect(fact('ED nurse in Cardiff', 'place')).toBe('wales');
  });

  it('reads sharing through the MASH or the trust safeguarding team as the organisation\'s own route', () => {
    expect(fact('if i share police info w/ health in the mash and the subject complains, can i get done under s170?', 'request_route')).toBe('organisation');
    expect(fact('I shared concerns with the police through our trust safeguarding team last week', 'request_route')).toBe('organisation');
  });

  it('reads a sergeant asking whether a detainee is fit, but not a fitness already given', () => {
    expect(fact("Custody nurse. Sgt wants me to assess a detainee: 'is he fit, and what's his diagnosis?'", 'police_wants')).toBe('fitness');
    expect(fact('Custody nurse: the sergeant wants to know if a detainee is fit to be interviewed. Can I say?', 'police_wants')).toBe('fitness');
    expect(fact('Traffic officer: a driver in a fatal collision was taken to hospital. Can the hospital tell me if he had been drinking?', 'police_wants')).toBe('clinical_details');
    expect(fact("Custody sgt. The nurse said he's fit to detain. The OIC wants his diagnosis and meds", 'police_wants')).not.toBe('fitness');
  });

  it('reads a journalist or the press asking as a media enquiry, but not pressing charges', () => {
    expect(fact('reporter from the local paper wants us to confirm the name of the man we arrested', 'media_enquiry')).toBe('asked');
    expect(fact('she wants to press charges against him', 'media_enquiry')).toBeUndefined();
  });

  it('reads a note in the staff WhatsApp or the all-staff briefing as passing on what was shared in confidence', () => {
    expect(fact('Police told me in confidence he is a registered sex offender. A receptionist wants to pop a note in the staff WhatsApp', 'onward_sharing')).toBe('planned');
    expect(fact("I've been copied into an Encompass notification. Head of year wants a line in the all-staff morning briefing email", 'onward_sharing')).toBe('planned');
  });

  it('reads a possession charge as a minor offence', () => {
    expect(fact("PC at scene wants to know what the pt took, says it's for a possession charge", 'offence_seriousness')).toBe('minor');
  });
});

describe('the instrument, and negation', () => {
  it.each([
    ['They have a production order signed by a judge', 'court_order'],
    ['Police sent a DP7', 'request_form'],
    ['can I get a s8 PACE warrant from the magistrates for his notes', 'pace_s8_warrant'],
    ['we have been served a witness summons for the notes', 'witness_summons'],
    ['the coroner sent a Schedule 5 notice', 'coroner_notice'],
    ['a letter from the coroner requiring the records under Schedule 5', 'coroner_notice'],
    ["I've had a letter saying I'm required to attend the magistrates court to give evidence", 'witness_summons'],
    ['she says she cant give us anything without a court order. do I really need a production order?', 'request_form'],
    ['can I get a production order for his GP notes?', 'order_sought'],
    ["I told them GDPR means I need her or her parents' written consent first, or a court order", 'order_sought'],
    ["she said she'd need his consent or a court order", 'order_sought'],
    ['She has consented to us getting her GP records. Practice still wants a court order', 'order_sought'],
    ['A court has made an order requiring us to produce the notes', 'court_order'],
    ['the social worker doing s47 enquiries has emailed asking for our records', 's47_enquiry'],
    ['strategy discussion this afternoon, social worker leading the s47', 's47_enquiry'],
    ["I've filled in a DP2 and got it signed off", 'request_form'],
    ["We've applied to a Crown Court judge and got an order covering the retained sample", 'court_order'],
    ['We have been served with an order from the family court directing the trust to disclose her address', 'court_order'],
  ])('reads "%s" as %s', (question, instrument) => {
    expect(fact(question, 'instrument')).toBe(instrument);
  });

  it("reads the hospital's own tests, done for treatment, apart from a specimen the police require", () => {
    expect(fact('Hospital lab ran a drug screen on his blood as part of his treatment', 'specimen')).toBe('hospital_results');
    expect(fact("the other driver's blood was taken at hospital for clinical reasons", 'specimen')).toBe('hospital_results');
  });

  it('reads a summons the police want to serve on the person as no instrument addressed to the record holder', () => {
    expect(fact('they want his address to serve a court summons on him for nicking a bottle of wine', 'instrument')).toBeUndefined();
    expect(fact('Got a summons to serve on a lad for a minor public order thing', 'instrument')).toBeUndefined();
    expect(fact('Got a summons to serve on a lad for a minor public order thing', 'offence_seriousness')).toBe('minor');
  });

  it('reads a weapon someone has bought as a threat, not a wound', () => {
    expect(fact('he bought a knife to protect himself from the neighbours', 'weapon')).toBe('threatened');
    expect(fact('a lad came in with a stab wound', 'weapon')).toBe('blade');
  });

  it('reads an assault injury with no weapon as no weapon, unless a blade or gun is named too', () => {
    expect(fact('fractured cheekbone, got punched by a teammate, no weapon, nobody else hurt', 'weapon')).toBe('none');
    expect(fact('broken nose, it was just a punch outside the pub', 'weapon')).toBe('none');
    expect(fact('no weapon found at the scene but he has a stab wound to his back', 'weapon')).toBe('blade');
  });

  it('does not carry a negation into the next clause', () => {
    expect(fact("he currently can't communicate and lacks capacity", 'consent')).toBe('lacks_capacity');
  });

  it('does not read a house number as a negation', () => {
    expect(fact('a little lad maybe 4 sat on the doorstep of no 12 on his own for 20 mins', 'child_harm')).toBe('suspected');
  });

  it('does not read a firearms licensing team as a gunshot wound', () => {
    expect(fact('Firearms licensing team. Family say a certificate holder has been self-harming', 'weapon')).toBeUndefined();
    expect(fact('A&E: man in with a firearm injury to his leg', 'weapon')).toBe('gun');
    expect(fact('Firearms licensing. A certificate holder got peppered at a driven shoot, accidental', 'weapon')).toBe('gun');
  });

  it('does not read an officer who gives their details as an unverified caller', () => {
    expect(fact('DC here, I rang the surgery and gave my collar number and a call-back number', 'caller_identity')).toBeUndefined();
  });

  it('does not read the police asking for a copy of the notes as the patient asking for their own', () => {
    expect(fact('DC here. We want a copy of his GP notes for the investigation', 'subject_access')).toBeUndefined();
  });

  it('does not read the assault offence under section 47 as child protection enquiries', () => {
    expect(fact('he was charged with s47 ABH on his partner', 'instrument')).toBeUndefined();
  });

  it('does not read "prevent" the verb as the Prevent programme', () => {
    expect(fact('we share it to prevent further offences against her', 'crime_topic')).toBeUndefined();
  });

  it('does not read a fact the question denies', () => {
    expect(fact('it is not a court order, just a DP7', 'instrument')).toBe('request_form');
    expect(fact('he was not attacked, he fell on the glass', 'injury_cause')).not.toBe('attack');
  });

  it('reads records demanded without a warrant or order as a plain request', () => {
    expect(fact("can't an officer demand the records without a warrant or order?", 'instrument')).toBe('request_form');
    expect(fact('they have no court order, they just turned up', 'instrument')).toBe('request_form');
  });
});

describe('risk, consent, urgency, death, custody, injury and victim', () => {
  it.each([
    ["he's talking to himself, says voices are telling him to hurt people", 'risk', 'others'],
    ['he threatened to kill his ex-partner', 'risk', 'others'],
    ['I think he is genuinely dangerous', 'risk', 'others'],
    ['15yo type 1 diabetic has been skipping insulin to lose weight and has had two near-DKA admissions', 'risk', 'self'],
    ["he told our HCP he'll 'do himself in' if he gets sent down", 'risk', 'self'],
    ['she is suicidal but no risk to anyone else', 'risk', 'self'],
    ['he threatened to kill himself', 'risk', 'self'],
    ["We've recovered a body after a house fire that can't be visually identified. Can the dentist give us her dental charts?", 'purpose', 'identification'],
    ['Police want dental records to help identify a body found in the river', 'purpose', 'identification'],
    ['the person who stabbed him has gone on to threaten others with the same knife', 'risk', 'others'],
    ['adult pt has cut their own forearm with a kitchen knife, nobody else involved', 'injury_cause', 'self_inflicted'],
    ['patient came in with a knife wound he says was from a fight', 'injury_cause', 'attack'],
    ['pt with a stab wound says he did it himself chopping veg but it looks like a defensive wound', 'injury_cause', undefined],
    ['sgt here, lad in cells says hes got hep b after biting my pc', 'exposure', 'incident'],
    ['police on the phone asking if a named woman was brought in after a crash, can I confirm she was admitted?', 'police_wants', 'whereabouts'],
    ['ward sister, police asking if a woman was brought in unconscious after a car crash last night', 'crime_topic', undefined],
    ['PC at the hospital: the driver is being treated in majors, how do I do the drink drive procedure?', 'specimen', 'requested'],
    ["custody nurse, the detainee wants his solicitor to have a copy of today's notes, can I give them?", 'subject_access', 'made'],
    ['patient has asked us to send his records to his solicitor for his court case', 'subject_access', 'made'],
    ["A coroner's officer emailed asking for notes. Do we need a formal Schedule 5 notice first?", 'instrument', 'order_sought'],
    ["took some pics of a degloving injury on a job (pt's distinctive tattoo is in shot)", 'injury_cause', undefined],
    ['she accepted it straight away, handed her car keys to her partner in clinic and said she will fill in the form tonight', 'driving_risk', 'stopped'],
    ["He's just stormed out and got into his car in our car park with his keys", 'crime_topic', 'road_traffic'],
    ["he says his neighbour is poisoning his water and he's 'going to sort him out this weekend'", 'risk', 'others'],
    ['Receptionist - my partners a PC, wants me to check someones address on our system for a job. ok?', 'request_route', 'personal_contact'],
    ['My aunt is an inpatient on another ward. Can I just have a look at her notes on the system so I can update everyone?', 'record_lookup', 'personal'],
    ['a customer told me she has been saving up her tablets', 'risk', 'self'],
    ['chest pain at the pub, nothing criminal, no safety issue', 'risk', 'none'],
    ['the patient refused consent', 'consent', 'refused'],
    ["MIU nurse - pt with broken wrist says DON'T send anything to her GP", 'consent', 'refused'],
    ["At booking in he said he's happy for family to know he's here", 'consent', 'given'],
    ['GP: a patient asked me to write a letter to the police supporting her claim she was assaulted', 'consent', 'given'],
    ['he is happy for us to tell them', 'consent', 'given'],
    ['she is unconscious in resus', 'consent', 'lacks_capacity'],
    ['can I share without her consent', 'consent', 'refused'],
    ['it is an emergency, he is missing and at risk', 'urgency', 'emergency'],
    ['gas explosion at a block of flats; the casualty bureau want names', 'urgency', 'emergency'],
    ['nurse in charge at an urgent care centre', 'urgency', 'routine'],
    ['the patient died last week', 'deceased', 'died'],
    ['Badly burnt remains recovered after a house fire, we think it is the tenant', 'deceased', 'died'],
    ['police want his dental records to help identify a body', 'deceased', 'died'],
    ['the man is already in custody', 'custody', 'in_custody'],
    ['Sgt: a man we arrested is diabetic and his blood sugar is dropping', 'custody', 'in_custody'],
    ["Police have arrested a man and want to know from his GP what medication he's on", 'custody', 'in_custody'],
    ['they arrested her son last year for assault', 'custody', undefined],
    ["his mum is asking us to confirm we've got him and what for", 'custody', 'in_custody'],
    ['a self-inflicted knife wound', 'injury_cause', 'self_inflicted'],
    ['he cut himself by accident while cooking', 'injury_cause', 'self_inflicted'],
    ['a stab wound from an assault', 'injury_cause', 'attack'],
    ['he shot himself by accident cleaning his rifle', 'weapon', 'gun'],
    ['a knife wound from a fight', 'weapon', 'blade'],
    ['can I refer him to Prevent? he keeps sharing extremist videos', 'crime_topic', 'radicalisation'],
    ['pt said his brother is building a bomb, what do i do', 'crime_topic', 'terrorism'],
    ['showed me pictures of a pressure cooker and bags of fertiliser on his phone', 'crime_topic', 'terrorism'],
    ['mh nurse: pt says mate making bomb for sat match. confidentialty or police?', 'crime_topic', 'terrorism'],
    ['he kept talking about the plan for the christmas market next weekend', 'crime_topic', 'terrorism'],
    ['he is building the extension himself', 'crime_topic', undefined],
    ["HR has emailed asking for the cause of death for their records", 'crime_topic', undefined],
    ["his brother is getting stuff together to 'do something big' at an event next month 'for the cause'", 'crime_topic', 'terrorism'],
    ["HR from a bus co rang asking if one of their drivers signed off with stress is genuinely ill", 'crime_topic', undefined],
    ["pt said hes gonna do his stepdad in tonight", 'risk', 'others'],
    ['an inpatient has described detailed plans to bomb a shopping centre', 'crime_topic', 'terrorism'],
    ['an inpatient has described detailed plans to bomb a shopping centre', 'risk', 'others'],
    ['a patient assaulted a nurse on the ward', 'victim', 'staff'],
    ['a patient threw a chair at our receptionist', 'victim', 'staff'],
    ['Paramedic: I was assaulted by a patient last night', 'victim', 'staff'],
    ['Inspector: a nurse was stabbed on the ward by a patient', 'victim', 'staff'],
    ["PC: a man told me his neighbour's daughter, 12, is being groomed online by an adult", 'age', 'child'],
    ["he said he'll 'put him in the ground' and named his landlord", 'risk', 'others'],
    ['his cousin is planning to set off a device at a rally', 'risk', 'others'],
    ["she is so unwell she can't understand or weigh up anything about who we tell", 'consent', 'lacks_capacity'],
    ['when we ring the police about a stab victim', 'injury_cause', 'attack'],
    ['she has stopped driving and notified the DVLA herself', 'driving_risk', 'stopped'],
    ["he's still doing his usual night runs and says he'll stop once the contract finishes", 'driving_risk', 'ongoing'],
    ['a PCSO wants to catch him at the surgery about some unpaid fines', 'offence_seriousness', 'minor'],
    ['one of our nurses had her phone nicked from her room this morning', 'offence_seriousness', 'minor'],
    ["she's been stockpiling tablets and thinking about ending things", 'risk', 'self'],
    ['she has told me not to contact her parents', 'consent', 'refused'],
    ['our health board in Cardiff', 'place', 'wales'],
    ['the school nurse has already rung 101 about her FGM', 'already_reported', 'yes'],
    ['my colleague (also a nurse) reported her FGM to the police yesterday', 'already_reported', 'yes'],
    ['do I need to make my own separate report?', 'already_reported', 'yes'],
    ['High risk misper, 19yo, left a note', 'urgency', 'emergency'],
    ["Can I just ask the ED consultant who's treating him to pull an extra tube of blood for us while he's doing bloods anyway?", 'specimen', 'treating_doctor_asked'],
    ["The A&E reg looking after him says she could just take an extra tube while she's doing his bloods", 'specimen', 'treating_doctor_asked'],
    ['pontypridd surgery - pt says by law we must show his free-text notes and letters in the NHS Wales App. true?', 'question_asks', 'duty'],
    ["The Prevent duty means the mental health trust legally has to hand over a patient's records when I ask, doesn't it?", 'question_asks', 'duty'],
    ['She says GP surgeries have a statutory duty to co-operate so we must send over his full medical record', 'question_asks', 'duty'],
    ['he said the police are automatically entitled to know where he is', 'question_asks', 'compel'],
    ['15 year old girl wants the pill; boyfriend is in her year, no sign of pressure or anything dodgy', 'child_harm', 'none'],
    ["He hasn't been charged yet - they want the notes to help CPS decide", 'charge_status', 'not_charged'],
    ['he has been charged with GBH and the trial is in March', 'charge_status', 'charged'],
    ["baby 7 wks, mum said her partner shook him to make him stop crying", 'child_harm', 'suspected'],
    ['6 year old with rampant decay; mum says she cannot be bothered with the hospital', 'child_harm', 'suspected'],
    ["Year 9 lad (13) said his stepdad 'leathers him' with a belt when he's had a drink", 'child_harm', 'suspected'],
    ["17 y/o girl says the lads give her vodka and weed and she 'sorts them out' in return", 'child_harm', 'suspected'],
    ["y10 girl (15) says she's been sending nudes to a 19yo guy who's now pushing her to meet up", 'child_harm', 'suspected'],
    ['Strong suspicion of FII in a 6yo', 'child_harm', 'suspected'],
    ["Hospital IG keep telling me GDPR means they can't give me anything. Is GDPR genuinely a blocker?", 'premise', 'data_protection_forbids'],
    ["notice in the office: 'since GDPR we cannot give ANY information to police without a court order'", 'premise', 'data_protection_forbids'],
    ['does GDPR oblige us to give police info when they request it', 'premise', undefined],
    ["We've never had a data sharing agreement with their emergency team", 'sharing_agreement', 'absent'],
    ["s3 pt hasn't come back from unescorted leave, she's high suicide risk", 'absent_from_care', 'absent'],
    ["hasn't had any diazepam for two days, so I'm worried about withdrawal seizures overnight", 'risk', 'self'],
    ['DA incident last night, 2 under-5s in the house', 'household_children', 'present'],
    ["He doesn't want my assessment going to the OIC. No risk issues.", 'risk', 'none'],
    ["her son controls all her money and she's clearly terrified of him. I think he's coercing her", 'coercion', 'suspected'],
    ["pt says it's fine but looks terrified and nephew insists on sitting in every appt. I'm sure he's being leant on", 'coercion', 'suspected'],
    ['she said no to a referral and was clear about it', 'coercion', undefined],
    ["Doing a 10yo girl's check and saw what looks like FGM. Mum says it was done back home", 'fgm_knowledge', 'seen'],
    ['12 y/o came in with a friend for EHC, says it was with her 13yo boyfriend', 'sexual_activity', 'stated'],
    ["PC here. ED reported a stabbing but won't give pt's name. don't they have to?", 'patient_identity', 'asked'],
    ['GP. CSC have emailed asking for info on a 4yo and her mum for s47 enquiries', 'provider_type', 'gp_practice'],
    ['a private GP asked us for the notes', 'provider_type', 'private'],
    ["inpatient supports a proscribed group. No mention of any plan or target.", 'attack_plan', 'none'],
    ["says he 'slipped while cooking and fell on the knife'. Story doesnt quite add up", 'injury_cause', undefined],
    ["Pt said in clinic 'if I see my ex with him I'll do her in'", 'risk', 'others'],
    ["Pt said in clinic 'if I see my ex with him I'll do her in'", 'request_route', undefined],
    ['my ex is a PC and wants me to look up a patient', 'request_route', 'personal_contact'],
    ['PC in Gwent. Stopped a car at 2am, 15 yo girl in the back with 2 men in their 30s', 'child_harm', 'suspected'],
    ['15yo lad with a stab wound, 3 phones on him, £600 cash, from London', 'child_harm', 'suspected'],
    ['17 yo asking for EHC, partner is 19, consensual, long relationship, no concerns at all.', 'child_harm', 'none'],
    ['Mum told me her ex has just been released from prison and is threatening to take the baby', 'child_harm', 'suspected'],
    ['Got a driver who failed to stop, now sat in cubicle 6 at A&E with a cut head', 'driver_identity', undefined],
    ['reporter on the phone wants to know how the crash victims are doing, what can we say', 'media_enquiry', 'asked'],
    ['a tabloid wants to know what a local MP was admitted for', 'media_enquiry', 'asked'],
    ["I'm a mandated reporter so I have to call the police now, right?", 'media_enquiry', undefined],
    ['bloke bladdered in the A&E car park starting his engine', 'driving_risk', 'imminent'],
    ["DC - whats the agreed turnaround time (SLA) for GP practices in our force area to respond to a DP9?", 'admin_matter', 'deadline'],
    ["PC: whats the IG team email at Royal Derby for DP requests? need it tonight", 'admin_matter', 'contact'],
    ['drafting an ISA for a MH nurse in the force control room. who is meant to pay for the nurse post?', 'admin_matter', 'funding'],
    ['Insp. If we share a marker with the ambulance service and it is wrong, can he personally sue the officer who shared it?', 'admin_matter', 'liability'],
    ['police want records. Which SNOMED code do people use in SystmOne to record that we disclosed?', 'admin_matter', 'system'],
    ["the police say we could be sued for defamation if we report the carer now", 'admin_matter', undefined],
    ['traffic want us to hand over the ED ethanol level, do we have to', 'specimen', 'hospital_results'],
    ['Can I just breathalyse him there or do I have to tell the doctors first?', 'specimen', 'doctor_in_charge_skipped'],
    ['frail man with care needs, son emptying his account. must we report to LA?', 'recipient', 'social_care'],
    ['Caller says her mate has sent goodbye texts and a photo of pills', 'urgency', 'emergency'],
    ["pt had already gone but left a note saying goodbye and where he'd 'be at peace'", 'urgency', 'emergency'],
    ['misper coordinator. high risk MP, type 1 diabetic, no insulin for 3 days', 'urgency', 'emergency'],
    ['the DC has asked us not to tell him because he is a suspect and telling him could tip him off', 'telling_harms', 'stated'],
    ["we've shared concerns with CSC. we think her stepdad checks her phone", 'telling_harms', 'stated'],
    ["we've shared concerns about a 12yo with CSC. Do we have to tell her we did?", 'recipient', 'social_care'],
    ["He won't agree to me telling anyone. Can I ring children's social care?", 'recipient', 'social_care'],
    ['Teacher at the school is the one accused. Can I ring the LADO?', 'recipient', 'social_care'],
    ['Mum declined but things are slipping. Can I tell early help?', 'recipient', 'social_care'],
    ['Can I tell the school DSL what she said?', 'recipient', 'school'],
    ['The suspect gave consent to the police. Can I ask the GP not to tell him?', 'informing_subject', 'asked'],
    ["The DC has asked me not to tell the patient I've sent them", 'informing_subject', 'asked'],
    ['I asked them not to tell her as it could prejudice the job. Do they have to give it to us?', 'informing_subject', undefined],
    ["GCS 13, confused, couldn't retain anything I said so no way he has capacity right now", 'consent', 'lacks_capacity'],
    ['caller said she has taken an overdose and hung up. police want her address for a welfare check', 'police_wants', 'whereabouts'],
    ["Uniformed officer wants photocopies of a pt's notes right now for 'an investigation'", 'urgency', undefined],
    ["his housemate and two others have been making something in the garage and talking about 'hitting' a named synagogue", 'risk', 'others'],
    ["talking about 'hitting' a named synagogue on Saturday", 'crime_topic', 'terrorism'],
    ["tonight he's going round to 'stab the pair of them', and he named her", 'risk', 'others'],
    ['We have intel the same attacker is still active and going after his mates', 'risk', 'others'],
    ['New patient, turned 18 three weeks ago, FGM done when she was little', 'age', 'adult'],
    ['Girl in Year 8, just turned 12, had sex with her boyfriend, he is 14', 'child_under_13', 'under_13'],
    ['Student signed a consent last month saying we can talk to his parents about his mental health', 'consent', 'given'],
    ['uni practice GP. Parents ringing about their son', 'age', 'adult'],
    ["The A&E consultant who's actually treating him is right there. Can I just ask her to take it?", 'specimen', 'treating_doctor_asked'],
    ['s172 served. The hospital gave me his name and address but are refusing his ED notes and his blood alcohol', 'patient_identity', undefined],
    ['RPU officer, s172 served. The hospital gave me his name and address but are refusing his ED notes and his blood alcohol', 'police_wants', 'clinical_details'],
    ['15 y/o with a knife laceration, 3rd attendance with injuries this yr', 'child_harm', 'suspected'],
    ['5yo with a burn and mum v vague about what happened', 'child_harm', 'suspected'],
    ['DA job last night, mum and 4 month old baby at the address, dad arrested', 'household_children', 'present'],
    ["Widow of a man who died last month wants his records. Probate hasn't been sorted yet and she hasn't mentioned any claim", 'records_applicant', 'neither'],
    ["Son is executor of his dad's estate (grant of probate provided) and wants all his dad's hospital notes", 'records_applicant', 'personal_representative'],
    ["Deceased patient. Her son's solicitor wants the complete record, no mention of being executor or any claim", 'records_applicant', 'neither'],
    ["Shooter's still outstanding and we think the victim was the intended target", 'risk', 'others'],
    ["Pt disclosed he's been building a device and named a mosque he wants to 'deal with'", 'risk', 'others'],
    ["16 yr old told me today she was 'cut' back in Somalia when she was 6", 'crime_topic', 'fgm'],
    ["What's the max attachment size on Egress when we send BWV of a s136 detention to the NHS trust?", 'admin_matter', 'system'],
    ['mum told me she leaves her 5 and 7yo alone overnight when she works nights', 'child_harm', 'suspected'],
    ["share concerns about a 3yo without the parents' consent (inconsistent story re burn)", 'child_harm', 'suspected'],
    ['yr7 girl (12) told me shes been having sex with her 15 y/o bf', 'child_under_13', 'under_13'],
    ['confused elderly pt walked out before his CT, police now out searching', 'crime_topic', undefined],
    ['the CT police want his address', 'crime_topic', 'terrorism'],
    ["Can we tell the health board now or do we have to sit on it till she's charged?", 'question_asks', 'something_else'],
    ['What do I need to do before handing the footage over?', 'question_asks', 'something_else'],
    ['Do we still need to document that decision or only when we actually share?', 'question_asks', 'something_else'],
    ['Our suspect got stabbed himself in the same fight and is on a surgical ward', 'injury_cause', 'attack'],
    ["she's been really low and has had dark thoughts but has no plan", 'risk', 'self'],
    ["rang his old GP surgery to confirm he's still registered. They refused.", 'consent', undefined],
    ['Ambo crew wouldnt tell me her meds. can they just refuse a police officer like that?', 'consent', undefined],
    ["DC. I've asked the ward sister to give me a ring when he's fit for discharge", 'police_wants', 'discharge_notice'],
    ['Year 4 girl told me today her dad hits her with a belt', 'child_harm', 'suspected'],
    ['Patient has put in a SAR for her full GP record', 'subject_access', 'made'],
    ['The Safeguarding Adults Board has commissioned a SAR into his death', 'subject_access', undefined],
    ['the case finished at court last year', 'investigation_status', 'concluded'],
    ['our notification mentions her new address', 'third_party_information', 'present'],
    ["nothing to suggest she's in danger right now", 'urgency', 'routine'],
    ["no history of harm to others, nothing to suggest she's in danger", 'risk', 'none'],
    ['a monthly list of every assault patient with name, DOB and address', 'data_form', 'identifiable'],
    ['they have to give them names and details of every stab victim we treat', 'data_form', 'identifiable'],
    ['the duty means they have to give us named, patient-level data on every assault attendance', 'data_form', 'identifiable'],
    ["a DC wanting a printout of 'everything' on a lad we stitched up", 'record_scope', 'whole'],
    ["I sent a police request for 'all medical records' for the complainant", 'record_scope', 'whole'],
    ['DA job: her 2yo was in the room when he threw the kettle', 'household_children', 'present'],
    ['one of our restricted patients ran off from escorted leave at the retail park', 'absent_from_care', 'absent'],
    ["section 3 patient hasn't come back from leave", 'absent_from_care', 'absent'],
    ['AMHP has a 135(1) warrant for tomorrow and wants 4 officers', 'detained_under', 'section_135'],
    ["sarge says the warrant gives us the right to see the police-involved man's full psychiatric records", 'record_scope', 'whole'],
    ["if he can't really make decisions right now can they tell her anything?", 'consent', 'lacks_capacity'],
    ['fresh cuts to both wrists, says the voices are telling him he has to die tonight', 'risk', 'self'],
    ['our practice nurse says we have to report DV to the police anyway', 'victim', undefined],
    ["says shes been having sex with her boyfriend", 'sexual_activity', 'stated'],
    ["12yo told me shes been going all the way with her boyfriend", 'sexual_activity', 'stated'],
    ["GP says he has full capacity and he's told everyone to leave it", 'consent', 'refused'],
    ['PC here. Got spat at and bitten on the arm by a prisoner last night', 'exposure', 'incident'],
    ['he refused a blood test and OH have started me on tablets', 'source_test', 'refused'],
    ['can we make him have a blood test?', 'source_test', 'refused'],
    ["family say he hasn't slept for days and is making threats to the neighbours", 'risk', 'others'],
    ["tried to buy four packs of paracetamol and said it won't matter after tonight", 'risk', 'self'],
    ['we think he is planning to attack his former carer at work', 'risk', 'others'],
    ['mum disclosed her partner has been sexually abusing her 6 year old', 'child_harm', 'suspected'],
    ["he said as the patient's dead, confidentiality no longer applies", 'premise', 'confidentiality_ends_at_death'],
    ["I told them data protection doesn't apply to dead people", 'premise', 'confidentiality_ends_at_death'],
    ['a former patient has emailed asking for all his records from the last ten years', 'subject_access', 'made'],
    ["she's 30 weeks pregnant and using heroin most days", 'child_harm', 'suspected'],
    ['15yo boy miles from home with 600 quid cash, 2 cheap phones and wraps in his sock', 'child_harm', 'suspected'],
    ['my phone went missing from my clinic room on Tuesday', 'offence_seriousness', 'minor'],
    ["bloke just rang saying he's DC something from CID, wouldnt give me a reference", 'caller_identity', 'unverified'],
    ["a man saying he's a DC, says he hasn't time for us to ring him back, withheld number", 'caller_identity', 'unverified'],
    ["Someone rang saying they're from the police and asked for a patient's phone number", 'caller_identity', 'unverified'],
    ["Caller says he's DC Smith from CID and wants a patient's date of birth", 'caller_identity', 'unverified'],
    ['someone phoned claiming to be police wanting to know if mrs jones is registered', 'caller_identity', 'unverified'],
    ['there are what look like sexual pics of young kids in the gallery', 'child_images', 'found'],
    ["client disclosed he's been viewing sexual images of children online", 'child_images', 'viewing_disclosed'],
    ['can I screenshot a couple of the pics and whatsapp them to my band 7', 'image_handling', 'copy_or_forward'],
    ['police CD liaison officer wants to inspect our CD register going back 6 months', 'cd_records', 'register'],
    ["a man wanted 5 litres of acetone and 'the strongest hydrogen peroxide you can get'", 'chemical_purchase', 'precursor'],
    ["after the Clare's Law disclosure I was going to give the nursery manager a heads up", 'onward_sharing', 'planned'],
    ["she's going to put it on the estate facebook group after the sarahs law disclosure", 'onward_sharing', 'planned'],
    ["he parks outside her new flat at weekends 'to keep an eye on her'", 'risk', 'others'],
    ["don't really want to go back to him for a consent form if I can avoid it", 'consent', 'not_asked'],
    ['16yo after a big paracetamol OD, keeps saying he wants to die', 'risk', 'self'],
    ['still very intoxicated, no way he can weigh anything up at the moment', 'consent', 'lacks_capacity'],
    ['woman had been strangled and lost consciousness', 'offence_seriousness', 'serious'],
    ['she came in drunk with a 25 year old man who says he\'s her boyfriend, she is 14', 'child_harm', 'suspected'],
    ['he has stopped his meds and bought a knife to protect himself from the neighbours', 'risk', 'others'],
    ["his brother is getting stuff together to 'do something big' at an event next month", 'risk', 'others'],
    ["his cousin was 'making something' to use at the town hall on election day", 'risk', 'others'],
    ["'testing something' for a job he and his mates are planning at a music venue next month", 'crime_topic', 'terrorism'],
    ["he's been looking at indecent images of kids and lives with his girlfriend and her two kids", 'household_children', 'present'],
    ["I'm a mandated reporter so I have to call the police now, right?", 'question_asks', 'duty'],
    ["traffic officers want me to take his blood so they don't have to call out their own doctor", 'question_asks', 'something_else'],
    ["can we charge a fee for a copy of a patient's medical records", 'subject_access', 'made'],
    ['new birth visit, mum told me she had FGM as a child; the baby is a boy', 'fgm_subject', 'woman'],
    ['24yo woman, says she was raped by a man she met in a bar', 'victim', 'patient'],
    ['a letter from a family law firm acting for her ex-husband', 'recipient', 'solicitor'],
    ["the doc won't give me his name or address yet", 'patient_identity', 'asked'],
    ["PC asking me to take an extra tube of blood for them while I'm doing his trauma bloods", 'specimen', 'treating_doctor_asked'],
    ["Sgt wants it sent to the lab today and we'll sort his permission when he wakes up", 'specimen', 'tested_before_permission'],
    ['police want full access to the applicant\'s medical record', 'record_scope', 'whole'],
    ['they have got to give me the whole lot, haven\'t they?', 'question_asks', 'duty'],
    ['GMC rules say when we ring police about a stab victim we have to give his name straight away. Is that right?', 'question_asks', 'duty'],
    ["can I get the complainant's whole GP record for my investigation", 'record_scope', 'whole'],
    ['the officer wants all of her notes just in case', 'record_scope', 'whole'],
    ["the custody nurse won't tell me his diagnosis; can I insist she tells me?", 'question_asks', 'compel'],
    ['Under the Mental Capacity Act can I make the GP tell me if he has dementia?', 'question_asks', 'compel'],
    ["she's told me he's also been hitting her 6 year old son", 'household_children', 'present'],
    ['the complainant in a historic child sexual abuse case', 'age', 'adult'],
    ['the man who stabbed him is still at large', 'risk', 'others'],
    ["she won't let me call the police", 'consent', 'refused'],
    ["He's adamant his wife mustn't know", 'consent', 'refused'],
    ['pt is confused but not sure if he lacks capacity', 'consent', undefined],
    ['pt is confused but not sure if he lacks capacity', 'capacity', 'in_doubt'],
    ["custody nurse. detainee told me he's hidden drugs inside himself", 'risk', 'self'],
    ["Her partner wants to know what happened. Nothing in the notes suggesting she'd have objected.", 'consent', undefined],
    ["showed me videos glorifying a recent attack abroad, said people like that are 'heroes'", 'injury_cause', undefined],
    ['Response officer. She asked us not to tell her parents where she is. Her dad is on the phone to the control room demanding the address. What can we tell him?', 'recipient', 'family'],
    ['HCA at ysbyty gwynedd. my cousins a pcso and asked me to check whether a lad got brought in. can i just have a look for her?', 'request_route', 'personal_contact'],
    ["PC. We've a suspect for a glassing outside a pub. Can the ward ring me when he's discharged?", 'offence_seriousness', 'serious'],
    ["A 16-year-old told the nurse she had been 'cut' as a young child. Does the nurse have to report it?", 'crime_topic', 'fgm'],
    ['The driver stopped, was breathalysed and arrested at the scene, so we know exactly who was driving. Can the hospital give us the victim notes?', 'driver_identity', undefined],
    ["One entry is a note of a phone call from her adult daughter, who asked us not to tell her mum she'd called. Do we have to include it?", 'third_party_information', 'present'],
    ["he's going to 'sort out' his neighbour with a hammer", 'risk', 'others'],
    ["said he'll see her at the handover and he's got a knife in the van", 'risk', 'others'],
    ["pt rang surgery saying he'd overdosed then hung up", 'urgency', 'emergency'],
    ['barricade incident, need his MH history from the trust now', 'urgency', 'emergency'],
    ['solicitors acting against one of our patients in an RTA claim want his records', 'crime_topic', undefined],
    ['Health visitor. Really worried about a 2yo - home chaotic, mum drinking heavily', 'child_harm', 'suspected'],
    ["a 9yo disclosed dad 'punishes' him by locking him out overnight", 'child_harm', 'suspected'],
    ['Domestic at a house last night, 2 kids (6 and 9) were in the house during it', 'household_children', 'present'],
    ["Can police tell a hospital that a patient on their ward is a registered sex offender?", 'asker', 'police'],
    ['Can the police search our GP records with a search warrant?', 'instrument', 'pace_s8_warrant'],
    ['Can the police have our patient list to check against a list of wanted people?', 'record_scope', 'bulk'],
    ["Sarah's Law app from a neighbour. Do I tell her the result, seeing as she's the one who applied?", 'applicant_told', 'asked'],
    ["Sarah's law application from a school nurse. We're disclosing. Does the disclosure go to the school nurse?", 'applicant_told', 'asked'],
    ["Checks show he's got three previous DA victims", 'past_offending', 'partner_violence'],
    ['Manager asked me whether she has to tell CQC as well, since it is now with us', 'duty_holder', 'provider'],
    ["He got a hospital order with a restriction order. Will anyone actually tell her when he's discharged?", 'victim_informed', 'asked'],
    ["Cust sgt. Burglary prisoner wants his brother told he's in. Brother is an outstanding suspect on the same job. Can I hold off?", 'intimation_delay', 'asked'],
    ["GP. I'm a committed pacifist and really don't want to fill in firearms proformas for patients. Am I allowed to just decline?", 'conscientious_objection', 'stated'],
    ["Clare's law right to ask about the dad: checks show 2 previous ABH on ex-partners", 'past_offending', 'partner_violence'],
    ["ranting that Pride marchers 'deserve what's coming'. no plan mentioned.", 'attack_plan', 'none'],
    ['24F in ED, evidence of FGM, she says it was done when she was 6 back home', 'age', 'adult'],
    ["She's got a 3yo and a 6yo living in the house with him; partner hits her", 'household_children', 'present'],
    ['disclosed being drugged and raped by a man she says has done the same to two of her friends', 'risk', 'others'],
    ["prisoner said he's going to stab a named nurse when he gets out", 'risk', 'others'],
    ["Her son wants her records after she died. His sister is the executor.", 'records_applicant', 'neither'],
    ['roads policing. Will ICU tell me his general condition so I can pass it on?', 'police_wants', 'clinical_details'],
    ["I don't have any concern the kids are at risk of significant harm", 'child_harm', 'none'],
    ['punched by partner, she mentions 2 kids (3 and 6) at home with him tonight', 'household_children', 'present'],
    ["suspect still outstanding and we think he's done 2 others this eve", 'risk', 'others'],
    ["Carer is agency and visits loads of other clients", 'risk', 'others'],
    ["says he fell on glass but it's obviously a stabbing", 'injury_cause', 'attack'],
    ["Son wants her records after she died. He's next of kin but his sister is the executor", 'records_applicant', 'neither'],
    ['nurse in charge said we cannot even speak to dad', 'hearing_concerns', 'asked'],
    ["dad phoned the ward wanting to tell us about his son's threats", 'hearing_concerns', 'asked'],
    ["Can I tell the police the location of a patient who's wanted on a warrant for theft?", 'police_wants', 'whereabouts'],
    ['Police want the names of everyone treated in A&E last night after a mass brawl', 'record_scope', 'bulk'],
    ["during the call he said he's going round to his ex's tonight to 'end her'", 'risk', 'others'],
    ['Care home resident, severe dementia, bruising on both arms', 'age', 'adult'],
    ['Midwife. Booking appt today, woman is 19, told me she had FGM done aged 7', 'age', 'adult'],
    ['the ICU consultant says he objects, reckons it will interfere with treatment', 'specimen', 'doctor_objected'],
    ["he's awake today. can the sample just go off to the lab now?", 'specimen', 'tested_before_permission'],
    ['DA call, toddler in the flat, mum begging me not to involve social services', 'household_children', 'present'],
    ["community midwife. 24 wks, using heroin, she doesn't want social services involved", 'child_harm', 'suspected'],
    ['they say the attacker is out there with the knife and might go again', 'risk', 'others'],
    ["told the nurse he's going to finish off his ex tonight", 'risk', 'others'],
    ['ranting about a plan with his mates to hit a synagogue this weekend', 'crime_topic', 'terrorism'],
    ["a caller rang 999 saying he'd taken an OD and hung up", 'urgency', 'emergency'],
    ['Roads policing. Driver from a fatal RTC unconscious in ICU', 'asker', 'police'],
    ['raided a car wash this morning with immigration, one of the lads inside has classic signs', 'asker', 'police'],
    ["FLO here. can I ask the surgery for the applicant's whole medical record", 'record_scope', 'whole'],
    ['Woman in A&E says her partner tried to strangle her', 'victim', 'patient'],
    ["DASH came out at 16 yes answers. She says she's fine", 'da_risk', 'high'],
    ["DASH came out at 16 yes answers. Do I still have to send it to MARAC?", 'marac_referral', 'asked'],
    ['Woman in A&E says her partner tried to strangle her', 'da_risk', 'high'],
    ['disclosed domestic abuse; he threatened to kill her last week', 'da_risk', 'high'],
  ])('reads "%s": %s is %s', (question, name, value) => {
    expect(fact(question, name)).toBe(value);
  });

  it('reads a fee to charge the police as outside what the knowledge base decides, but not a fee for a patient\'s own copy', () => {
    expect(fact('Can we charge the police a fee for copying records they asked for on a DP form?', 'admin_matter')).toBe('fee');
    expect(fact('A patient wants a copy of her whole record - I can still charge her an admin fee, right?', 'admin_matter')).toBeUndefined();
    expect(fact('Which Niche occurrence type should I use to log a DP request I sent to the trust? (police)', 'admin_matter')).toBe('system');
  });

  it('leaves out what the question does not say', () => {
    expect(reader.read('A patient has a knife injury. Do we tell the police?')).not.toHaveProperty('injury_cause');
    expect(reader.read('Nobody has reported her FGM yet; do I ring 101?')).not.toHaveProperty('already_reported');
    // Other people in the story, the person's past and threats are not the facts of the injury or person asked about.
    expect(reader.read('He was in a road traffic accident in which two children died')).not.toHaveProperty('deceased');
    expect(reader.read('He was in a road traffic accident in which two children died')).not.toHaveProperty('household_children');
    expect(reader.read('A patient with a history of assault has a rash')).not.toHaveProperty('injury_cause');
    expect(fact('He says he will go round and stab her', 'weapon')).toBe('threatened');
    expect(reader.read('Two officers asked the receptionist for a list of patients')).not.toHaveProperty('victim');
    expect(fact('the police say the man who stabbed him poses a risk to other people', 'risk')).toBe('others');
    // A holder refusing to share is not the person refusing consent.
    expect(reader.read("The crisis team won't tell us anything about him. Are they allowed to refuse?")).not.toHaveProperty('consent');
    expect(fact('He refused to give consent for us to tell anyone', 'consent')).toBe('refused');
  });
});

describe('a concern that a child is abused or neglected', () => {
  it.each([
    ['A 3 year old has a spiral fracture and the story from mum doesn\'t add up', 'suspected'],
    ['14 year old girl, her boyfriend is 23 and gave her a new phone', 'suspected'],
    ['Year 4 boy keeps turning up hungry with a burn mark on his wrist', 'suspected'],
    ['pregnant lady 30/40, partner is a known DA perpetrator with previous kids removed', 'suspected'],
    ["Mum told me her new partner has a conviction for hurting a child. She's got a 2 year old", 'suspected'],
    ['Mum is struggling with 3 kids but nothing that makes me think theyre being harmed', 'none'],
    ['Family with two children, no safeguarding concerns, just money worries', 'none'],
  ])('reads "%s" as %s', (question, value) => {
    expect(fact(question, 'child_harm')).toBe(value);
  });

  it('reads it only in a question about a child', () => {
    expect(fact('An elderly woman has unexplained bruising on her arms', 'child_harm')).toBeUndefined();
  });

  it('reads a child too young to decide for themselves', () => {
    expect(fact("Dad rang asking what happened at his 7yo daughter's appointment", 'child_maturity')).toBe('young');
    expect(fact('A 15 year old girl asked us not to tell her mum', 'child_maturity')).toBeUndefined();
  });
});

describe('forced marriage', () => {
  it('reads a plan to marry someone off, and a plan to approach the family', () => {
    const facts = reader.read("Her parents are taking her abroad to marry a cousin. Could I have a gentle word with mum, or get them both in together?");
    expect(facts).toMatchObject({ forced_marriage: 'suspected', family_approach: 'planned' });
    expect(fact('She is getting married next summer and is very excited', 'forced_marriage')).toBeUndefined();
    expect(fact("she overheard them talking about her 'wedding' to a cousin and she doesn't want to marry anyone", 'forced_marriage')).toBe('suspected');
  });
});

describe('place', () => {
  it('takes the place the asker names first, not the one listed first', () => {
    expect(fact("District nurse in Chester, so England side. A colleague from Wrexham says we must report it, as in Wales.", 'place')).toBe('england');
    expect(fact('Health board nurse in Cardiff: the patient moved here from England last year.', 'place')).toBe('wales');
  });
});

describe('more ways of saying it', () => {
  it.each([
    ["She works in the takeaway every night, doesn't get paid and isn't allowed her passport", 'modern_slavery', 'suspected'],
    ['Her parents are pushing her into a marriage in Pakistan over the summer', 'forced_marriage', 'suspected'],
    ['He asked at booking in for his gaffer to be rung so he does not lose his job', 'consent', 'given'],
    ["Parents are exhausted but the kids are well cared for and I've no worries at all about abuse or neglect", 'child_harm', 'none'],
    ['Her aunt has emailed asking what she told us', 'recipient', 'family'],
    ["ICU nurse. sedated pt's girlfriend rings asking how he's doing. ok to tell her?", 'recipient', 'family'],
    ['his cousin and two friends have hired a van and plan to drive it into the crowd at a march next month', 'crime_topic', 'terrorism'],
    ['The FME is on the way to take a blood sample. Do I need to clear it with the consultant first, or can the FME just go ahead?', 'specimen', 'doctor_in_charge_skipped'],
    ['Do I need to clear it with the consultant looking after him first?', 'question_asks', 'something_else'],
    ["Children's social care have invited me to an initial child protection conference about her son", 'child_harm', 'suspected'],
    ["Mum has told reception she doesn't consent to us sharing anything", 'consent', 'refused'],
    ["Traffic PC. I want to ring his GP and ask if he's got dementia. Does the GP have to tell me?", 'question_asks', 'duty'],
    ["DI on a homicide. We need the GP's information on the victim's recent consultations", 'recipient', 'police'],
    ['Traffic officer wants to know whether the driver has epilepsy after the crash', 'police_wants', 'clinical_details'],
    ['PC asking if she had a hypo at the wheel before the collision', 'police_wants', 'clinical_details'],
    ['The judge has now said that after lunch I will be directed to answer. Do I have to?', 'instrument', 'court_order'],
    ['Can she actually refuse if the judge tells her to answer?', 'instrument', 'court_order'],
    ["mum mentioned the girl 'had the procedure done' abroad. The girl herself said nothing and I haven't examined her. FGM duty?", 'fgm_knowledge', 'suspected'],
    ["so I'm drafting an application for a Schedule 1 production order for his notes", 'instrument', 'order_sought'],
    ["Defence solicitors have written saying that failing which they'll apply to the court for a witness summons", 'instrument', 'order_sought'],
    ["traffic - driver in an A&E cubicle, i want to breathalyse him, doc says no because itll interfere with his treatment", 'specimen', 'doctor_objected'],
    ['Response sgt. He has warning markers for assaults on nursing staff. Am I ok to tell the triage nurse about that?', 'recipient', 'health'],
    ['can I share what mum told us with the HV?', 'recipient', 'health'],
    ["HR want to investigate a nurse who accessed her ex's records", 'data_breach', 'occurred'],
    ["can i look at my own mum's notes on the hospital system, I work here", 'data_breach', undefined],
    ['A judge granted an order last Thursday directing his GP to produce the mental health parts of his record', 'instrument', 'court_order'],
    ['34yo woman came in with cuts to both forearms she did herself with a kitchen knife', 'injury_cause', 'self_inflicted'],
    ['Hospital wont tell us about a 19yo who came in with deep cuts to her own forearms from a craft knife', 'injury_cause', 'self_inflicted'],
    ["A 14-year-old girl mentioned quite casually that she 'had the cutting' back home when she was about six", 'fgm_knowledge', 'known'],
    ['Saw a 15yo on her own, started her on the pill, boyfriend is 16, no red flags for exploitation. Can I tell mum?', 'child_harm', undefined],
    ["my patient told me his cousin is building something to 'hit' a march next weekend", 'crime_topic', 'terrorism'],
    ['A male patient has put in a subject access request. His notes include a letter about a MARAC for his wife', 'third_party_information', 'present'],
    ['Detainee wants his girlfriend told he has been nicked. Inspector has authorised a delay. Do we have to call her now?', 'intimation_delay', 'authorised'],
    ['12yo in clinic says sex with her 13yo bf was consensual. refer?', 'sexual_activity', 'stated'],
    ["Yr 7 girl, she's 12, told me she and her boyfriend have 'done it' a couple of times", 'sexual_activity', 'stated'],
    ['doesnt the caldicott act stop me sharing pt info with the hospice team?', 'purpose', 'direct_care'],
    ["My crewmate reckons we can't send her meds list and history over to the falls team unless she signs a form", 'purpose', 'direct_care'],
    ['ED consultant. Suspected measles in an unvaccinated 6yo. Mum says GDPR gives her a veto over any notification. Do I need her consent before notifying?', 'recipient', undefined],
    ['Do I have to get her consent before I make the report to social services?', 'consent', 'not_asked'],
    ['She said she does not want anything passed on. Can I just do a best interests decision under the MCA and tell police anyway?', 'consent', 'refused'],
    ["Resident says a carer slapped her. That carer looks after about 20 other residents. Can I refer to adult social care?", 'risk', 'others'],
    ['can we make a new PCSO applicant do a subject access request to their GP before we confirm the job offer?', 'subject_access', 'enforced'],
    ['custody sgt - lad booked in, says the voices told him to do it. should i be flagging him to the L&D team?', 'recipient', 'health'],
    ["Body recovered from a house fire. Her dentist won't give us her charts. Can he release them to us to confirm ID?", 'purpose', 'identification'],
    ["PC. 4yo with burns that don't match mum's story. Her half brother lives at their dad's. Do I need to flag him too?", 'recipient', undefined],
    ['ICU - 50yo intubated after RTC, no capacity. wife at bedside wants to know how he is', 'crime_topic', undefined],
    ['RTC pt sedated + ventilated, wife just arrived asking how he is. can we update her?', 'crime_topic', undefined],
    ['Can I just ask the A&E consultant treating him to draw an extra tube for us?', 'specimen', 'treating_doctor_asked'],
    ["I'm a private physio in Newport, not NHS at all. Does the Welsh duty to report even apply to me?", 'relevant_partner', 'outside'],
    ["independent community pharmacist in Wrexham. I'm a contractor not the health board - does the duty cover me?", 'relevant_partner', 'outside'],
    ['District nurse in Swansea, I think her husband is hurting her. Must I report it?', 'relevant_partner', undefined],
    ['gp - gave police details of a pt theyre investigating for assault, he doesnt know. do i now have to tell him i disclosed??', 'telling_harms', 'stated'],
    ['rtc driver unconscious in resus. his treating doc take bloods for us?', 'specimen', 'treating_doctor_asked'],
    ["Sarah's law: nan applied about her daughter's new fella, checks show convictions. do we tell nan?", 'applicant_told', 'asked'],
    ["his mates are going to 'do' the Pride event on Saturday with a van", 'crime_topic', 'terrorism'],
    ['Police rang after the house fire - they think the body is one of our patients and want his dental charts', 'deceased', 'died'],
    ['One adult deceased, not visually identifiable. I asked the dentist for charts so the odontologist can do a comparison', 'purpose', 'identification'],
    ['Registered manager at a care home. I was going to ask our new carer to do a subject access request to the police and show me', 'subject_access', 'enforced'],
    ["PC working with FTAC. Man's been sending weekly letters to an MP. We've asked his GP for his history. Does she have to tell us?", 'recipient', 'police'],
    ['suspected trafficking victim, 24yo, refuses NRM. do we still notify the home office?', 'nrm_refusal', 'stated'],
    ["she's agreed to go into the NRM and I've submitted the referral. do I need a duty to notify form as well?", 'nrm_referral', 'made'],
    ['suspected trafficking victim, 24yo, refuses NRM. do we still notify the home office?', 'nrm_referral', undefined],
    ["Driver's been charged. His front seat passenger walked out of A&E. Can I serve a s172 on them for her details?", 'driver_identity', 'passenger'],
    ['Can I serve a s172 on the hospital to find out which one of them was driving?', 'driver_identity', 'asked'],
    ["im a HCA, not registered with the NMC. 15yo told me she had FGM done when she was little. do i have to ring the police?", 'asker_registration', 'unregistered'],
    ['practice nurse: 15yo told me she had FGM done when she was little. do i have to ring the police?', 'asker_registration', undefined],
    ["Lady who's been with us 20 years asked at the desk for a copy of her notes. Manager says we can't start the SAR until she brings in her passport", 'access_limits', 'identity_demanded'],
    ['SAR from a gmail address that is not on our system, and we cannot verify who it is', 'access_limits', 'identity_unclear'],
    ['I work with FTAC. His GP won\'t tell us anything about his mental health without consent. Does she have to?', 'asker', 'police'],
    ['I work with FTAC. A man is sending weekly letters to an MP. His GP won\'t tell us anything without consent. Does she have to?', 'recipient', 'police'],
    ['I work at FTAC. Man sending weekly fixated letters to an MP. We asked his GP for his history. Is the GP obliged to give it to us?', 'recipient', 'police'],
    ['can I send his records to the MP?', 'recipient', 'elected_representative'],
    ["Practice nurse. Patient's daughter has LPA for property and finance only. She wants to know mum's test results. Can I tell her?", 'attorney_authority', 'property_only'],
    ['son has an lpa for her finances only, wants her discharge plan', 'attorney_authority', 'property_only'],
    ["He's married and tells me they still have unprotected sex, and he 'can't' tell her", 'risk', 'others'],
    ['GP - pt with hep B, he and his new girlfriend are having condomless sex. can i tell her myself?', 'risk', 'others'],
    ['suspected trafficking victim, 24yo, refuses to let us tell anyone. do we still notify the home office?', 'nrm_refusal', undefined],
    ["PC at a sudden death, nothing suspicious, I'm doing the report for the coroner. GP surgery won't tell me anything. Can they?", 'recipient', 'coroner'],
    ['PC doing coroners officer duties. GP says they need next of kin consent before they release his records to me for the coroner', 'recipient', 'coroner'],
    ["A patient was restrained by our security officers. He's now asked for a copy of the CCTV of the restraint", 'subject_access', 'made'],
    ['neighbourhood PC - woman, 34, told me she had FGM done as a kid', 'age', 'adult'],
    ['woman, 34, told me she had FGM done as a kid', 'fgm_subject', 'woman'],
    ['GP. 14-year-old asking for an implant. No signs of abuse or exploitation - her boyfriend is in her year', 'child_harm', 'none'],
    ["7-year-old with finger-mark bruises who said her mum's new boyfriend did it", 'request_route', undefined],
    ["Year 13 student, 17, told me she's going abroad in July to be married to a family friend", 'forced_marriage', 'suspected'],
    ['70 y/o man, hoarding floor to ceiling, fire service worried about risk to the whole block', 'risk', 'others'],
    ['PC in Rhyl. 82 y/o man with dementia, carers taking cash', 'place', 'wales'],
    ['Three kids aged 2, 5 and 7, nothing in the cupboards apart from a jar of jam, dad was drunk', 'child_harm', 'suspected'],
    ["girl of 17 in a car with three men in their thirties, a hotel key card, one had her saved in his phone as 'wifey'", 'child_harm', 'suspected'],
    ['The Safeguarding Adults Board has commissioned a review and has written asking for a chronology', 'instrument', 'statutory_request'],
    ["a PC rang, said it's personal really, his sister's new boyfriend seems a bit off", 'request_route', 'personal_contact'],
    ['111 - caller says shes taken 40 paracetamol and wants to die, then hung up', 'urgency', 'emergency'],
    ['pharmacist - customer threatened to stab my dispenser over a late script', 'victim', 'staff'],
    ['DS, murder enquiry - we think our suspect is on your ortho ward. can you confirm before we come to arrest him?', 'recipient', 'police'],
    ['school nurse - 14yo says stepdad touches her, begs me not to tell', 'child_harm', 'suspected'],
    ['dentist - 6yo, fingertip bruises on her neck, mums story doesnt add up', 'child_harm', 'suspected'],
    ['police want a pts new address, shes a witness to a minor car park bump', 'offence_seriousness', 'minor'],
    ['GP - the defence solicitor wants her notes. no consent from her', 'instrument', 'request_form'],
    ["As a registered nurse I'm a mandated reporter for all crimes, so I need to ring 101, right?", 'media_enquiry', undefined],
    ['A reporter from the local paper rang the ward', 'media_enquiry', 'asked'],
    ['a patient told me he nicked a couple of bottles of spirits from a supermarket last week', 'offence_seriousness', 'minor'],
    ['a patient told me he nicked a couple of bottles of spirits from a supermarket last week', 'own_offence', 'admitted'],
    ["dental nurse. my mate asked me to look up her ex's new address on our system", 'record_lookup', 'personal'],
    ["the stuff was for a device he and his mates are going to plant at a rally next Saturday", 'crime_topic', 'terrorism'],
    ['She died in the spring. The will names his sister as the executor, and there is no suggestion of any claim', 'records_applicant', 'neither'],
    ["111 passed us a welfare call, caller said shes taken an overdose and hung up", 'urgency', 'emergency'],
    ['intel analyst. can the chemist send me a list of their methadone clients on the estate?', 'record_scope', 'bulk'],
    ['paramedic - drunk man at scene hit my colleague, police want his details', 'victim', 'staff'],
    ['midwife - pregnant woman with heroin use, partner is violent, she refuses any referral for the unborn baby', 'child_harm', 'suspected'],
    ['14 year old girl told me her 19 year old boyfriend is pressuring her for sex', 'child_harm', 'suspected'],
    ['A police officer wants to know if our patient in bed 4 was drunk when he came in after the crash', 'police_wants', 'clinical_details'],
    ["PC rang reception for a patient's address, said it was urgent, he's suspected of a burglary", 'urgency', 'routine'],
    ["3mo with a spiral fracture of the femur, dad's explanation doesn't fit", 'child_harm', 'suspected'],
    ['3mo brought in with a rash', 'age', 'child'],
    ['paeds reg agrees we should refer', 'consent', undefined],
    ["she couldn't follow anything I said about the bruises", 'consent', 'lacks_capacity'],
    ["he didn't know what year it was or who I was", 'consent', 'lacks_capacity'],
    ['he has advanced vascular dementia', 'consent', 'lacks_capacity'],
    ["receptionist keeps telling police callers 'sorry, GDPR, we can't give the police anything'", 'premise', 'data_protection_forbids'],
    ["his cousin and others are planning to 'make a statement' at a concert next month", 'crime_topic', 'terrorism'],
    ["she's 12 and told me she's been doing stuff with her boyfriend", 'sexual_activity', 'stated'],
    ['the 17 yo lad says his stepdad shoved him into a door', 'child_harm', 'suspected'],
    ['2yo with a round burn on his hand the size of a cigarette end', 'child_harm', 'suspected'],
    ['mum stopped her lithium and says the voices tell her the baby is evil', 'child_harm', 'suspected'],
    ['we have taken a 6 year old into police protection', 'child_harm', 'suspected'],
    ["She died in March. Years ago she asked me to put a note on her record that she didn't want her family seeing her notes", 'records_objection', 'noted'],
    ['Years ago she sent us a signed letter saying she never wanted her parents to see her psychiatric notes, even after her death', 'records_objection', 'noted'],
    ["He died last week. No note in the record of him asking for anything to be kept from his son", 'records_objection', undefined],
    ['She died on Tuesday. Her son is asking what actually happened', 'death_explanation', 'asked'],
    ['Her brother wants me to explain what happened in his last few days before he died', 'death_explanation', 'asked'],
    ["Her daughter wants a full copy of mum's notes 'just to understand what happened' now she has died", 'death_explanation', undefined],
    ['Am I breaching confidentiality just by listening to her?', 'hearing_concerns', 'asked'],
    ['years ago he asked me never to tell his wife about his drinking', 'consent', 'refused'],
    ["Nothing on file to say the patient objected to family being told things", 'consent', undefined],
    ['Bereavement officer here. The brother of a man who died on the ward is asking about his last days', 'asker', 'health'],
    ['Got a letter from our Safeguarding Adults Board asking for the records of a patient who died', 'instrument', 'statutory_request'],
    ['collision on the bypass, driver unconscious in ED', 'consent', 'lacks_capacity'],
    ['can I just ask the A&E consultant treating him to take a blood sample for us under 7A?', 'specimen', 'treating_doctor_asked'],
    ["She's 17. She told me she was 'cut' when she was little, back home. I didn't examine her", 'fgm_knowledge', 'known'],
    ["Mum mentioned FGM. The girl herself said nothing and I didn't examine her", 'fgm_knowledge', 'suspected'],
    ['Possible FGM, I have not examined her yet', 'fgm_knowledge', 'unexamined'],
    ['an order signed by a Crown Court judge saying we must produce her records', 'instrument', 'court_order'],
    ['I gave the HV a heads up by phone about the arrest. Do I actually need to write that up anywhere?', 'recording_asked', 'asked'],
    ['What do we actually need to record about that disclosure? Is a line in the clinical record enough?', 'recording_asked', 'asked'],
    ['Do I need to tell the police?', 'recording_asked', undefined],
    ['hoarder in a terraced house, candles lit everywhere, neighbours either side', 'risk', 'others'],
    ["79yo says one of the agency carers has been taking money from her purse", 'risk', 'others'],
    ["unidentified male recovered from the river, no ID. Can we ask the dental practices to check their records to try and identify him?", 'purpose', 'identification'],
    ['an unidentified male recovered from the river', 'deceased', 'died'],
    ['stab vic in resus, 19M, says dont call police', 'injury_cause', 'attack'],
    ["swears he fell on glass but it's obviously a knife", 'injury_cause', 'attack'],
    ["he's going to 'stab the b****d next door' tonight, has a knife at home", 'risk', 'others'],
    ["we're hunting a male who's stabbed 3 people this week", 'risk', 'others'],
    ['Mum on our ward says the voices are telling her the baby is evil', 'child_harm', 'suspected'],
    ['5yo with abscesses, mum has missed 4 treatment appts in a year', 'child_harm', 'suspected'],
    ["he'd been 'testing stuff' for something that'll 'make the news' at the parade this weekend", 'crime_topic', 'terrorism'],
    ["he's got 'the stuff for the device' and they'll 'hit the parade on sunday'", 'crime_topic', 'terrorism'],
    ["a prisoner told me he's planning to hang himself tonight", 'urgency', 'emergency'],
    ['Defence have applied to the Crown Court for a witness summons for her notes', 'instrument', 'order_sought'],
    ['15 yo girl told me her stepdad abuses her whenever mum works nights', 'child_harm', 'suspected'],
    ['RTC, driver now in ED. s172 lets me get his ED notes and blood alcohol, yeah?', 'police_wants', 'clinical_details'],
    ['Dad of a 4yo on our list came in asking for copies of her records', 'child_maturity', 'young'],
    ['UKHSA HPT wants names and NHS numbers of everyone on B wing who shared a landing with our TB case', 'contact_tracing', 'asked'],
    ['OH lead. HPT want her shift dates for the patient look-back exercise', 'contact_tracing', 'asked'],
    ['Do I have to notify public health about a child with measles?', 'contact_tracing', undefined],
    ["PC came in with a DP7 form signed by an inspector. He said it's basically a court order", 'instrument', 'request_form'],
    ["Is a solicitor's letter legally binding like a court order?", 'instrument', 'request_form'],
    ["15 year old with a stab wound, says 'I fell on it' (it doesn't look like it)", 'injury_cause', undefined],
    ['patient told me he is planning to help his cousin set off a bomb at an event this weekend', 'crime_topic', 'terrorism'],
    ["he's helping his cousin with plans for an attack on a venue", 'crime_topic', 'terrorism'],
    ['we complied with a court order last week. Patient does not know. Are we supposed to tell him?', 'informing_subject', 'asked'],
    ['copper asked us anything we should know. am i obliged to tell him?', 'informing_subject', undefined],
    ['attended a DA job last night, 2 kids (6 and 9) in the house', 'household_children', 'present'],
    ["Booking appt, pregnant. Her partner 'put his hands round her neck' a few weeks ago", 'child_harm', 'suspected'],
    ["Defence solicitor has written asking for the complainant's A&E notes. Says a witness summons will follow", 'instrument', 'request_form'],
    ["pt wants me to talk to a BBC radio journalist about her diagnosis", 'consent', 'given'],
    ["He's begging us not to tell anyone because he's worried about his immigration status", 'recipient', undefined],
    ['Can we tell immigration officers where he is?', 'recipient', 'immigration'],
    ["He's adamant: do NOT tell anyone. He has capacity. Can I make a best interests referral anyway?", 'consent', 'refused'],
    ['CSC want a GP report for a child protection conference. What fee are we allowed to charge the council for writing it?', 'admin_matter', 'fee'],
    ["whats the secure email / Egress address for Denbighshire childrens referrals? the old one bounced", 'admin_matter', 'contact'],
    ['police borrowed our original paper notes 6 wks ago. how long do they normally take to give them back?', 'admin_matter', 'deadline'],
    ['If a disclosure we made gets ruled unlawful, how much compensation would the force pay out?', 'admin_matter', 'liability'],
    ['If the ambulance trust gives us their dashcam footage, do I need a continuity statement from their fleet manager?', 'admin_matter', 'evidence'],
    ['has any GP ever actually been struck off for not reporting?', 'admin_matter', 'statistics'],
    ['Do we have to give the police the CCTV of the assault?', 'admin_matter', undefined],
    ['Police want the phone number for our patient so they can do a welfare check. Can I give it?', 'admin_matter', undefined],
    ["The patient says he'll sue the practice if we give the police his records. Do we have to?", 'admin_matter', undefined],
    ['whats the direct phone number for the Bradford MASH health desk?', 'admin_matter', 'contact'],
    ['Dad has just been released from prison for child sex offences and moved back in with mum and the 3 kids', 'child_harm', 'suspected'],
    ["Our trust IG lead says under GDPR we need mum's written consent before we can refer to children's social care", 'premise', 'data_protection_forbids'],
    ["custody sgt - lad says hes on methadone. can i just ring his GP to confirm what hes on?", 'police_wants', 'clinical_details'],
    ["DS: stab victim in ED won't talk, suspect still out there with knife. can ED give his name?", 'risk', 'others'],
    ["19M walked in with a stab wound, says he got jumped on the estate", 'injury_cause', 'attack'],
    ['pt from a care home came into A&E at Morriston with fingertip bruises', 'place', 'wales'],
    ["GP. 6yo seen today with a burn that doesn't really fit mum's explanation", 'child_harm', 'suspected'],
    ["Mum with bipolar told me today her 2yo 'has the devil in him' and needs 'cleansing'", 'child_harm', 'suspected'],
    ["GP refusing to share with children's social care, says GDPR stops her. is she right?", 'premise', 'data_protection_forbids'],
    ['17 y/o on my caseload, history of self harm but stable for months, no current risk concerns', 'risk', 'none'],
    ['a man released from custody wants a copy of his custody record', 'custody_record', 'asked'],
    ["detainee says his mate is going to 'blow up' a nightclub on Friday", 'crime_topic', 'terrorism'],
    ["her brother has been stockpiling fertiliser and talks about 'doing something' at a carnival", 'crime_topic', 'terrorism'],
    ['14yo told me she had fgm done when she was little', 'fgm_subject', 'girl_disclosed'],
    ['new mother has type 2 FGM and a daughter at home', 'fgm_subject', 'woman'],
    ['lad cut own wrist with a razor blade, is that one for the police?', 'injury_cause', 'self_inflicted'],
    ["says she fell on something but her sister says her boyfriend attacked her", 'injury_cause', 'attack'],
    ["his sister keeps phoning the unit wanting to know his diagnosis", 'recipient', 'family'],
    ["her dad has been ringing the ward about her liver results", 'recipient', 'family'],
    ["the son is on the phone and wants his dad's scan result, can I read it out to him?", 'hearing_concerns', 'telling'],
    ["his father has submitted a subject access request for the boy's notes", 'recipient', 'family'],
    ["his mum is the NR under the Act and wants the rights letter", 'nearest_relative', 'named'],
    ["her brother rang wanting to know her medication", 'family_wants', 'clinical_details'],
    ["the DP says he's diabetic and needs his insulin", 'custody', 'in_custody'],
    ["DP being released tonight, she's been really low", 'custody', 'in_custody'],
    ["when I booked him in, my DP said he'd taken pills", 'asker', 'police'],
    ["the insurer's form says he has asked to see the report before it is sent", 'report_review', 'asked'],
    ["11 y/o in clinic asking for the implant", 'sexual_activity', 'stated'],
    ["HV here, no worries at all about the children, police just want mum's number", 'child_harm', 'none'],
    ["pt with dementia, bruises on her upper arms", 'age', 'adult'],
    ["pt is 19 and on a s3", 'age', 'adult'],
    ["she has capacity and doesn't want her husband told about the scan", 'recipient', 'family'],
    ["he does not want his parents to know he's been admitted", 'recipient', 'family'],
    ["the family want me to leave hep C off the MCCD", 'death_certificate', 'asked'],
    ["dad has epilepsy but the children are thriving, school has asked what's wrong with him", 'child_harm', 'none'],
    ["says his cousin has a device to detonate in the town centre on Saturday", 'crime_topic', 'terrorism'],
    ["the defendant's SAR includes statements from two witnesses", 'subject_access', 'made'],
    ["her SAR bundle has a letter from her ex-partner in it", 'third_party_information', 'present'],
    ["his brother told us about the threats and doesn't want him to know", 'third_party_information', 'present'],
    ["a man we have under a covert operation has asked what we hold on him", 'record_subject', 'suspect'],
    ["if dad finds out it went to social care he'll pressure the kids to say nothing", 'telling_harms', 'stated'],
    ["the practice want his consent or come back with a production order", 'instrument', 'order_sought'],
    ["would it help stop an act of terrorism if we passed it on", 'risk', 'others'],
    ["he says he'll give up driving and is completing the DVLA form himself", 'driving_risk', 'stopped'],
    ["our IG lead says data protection law prohibits disclosing anything to social services", 'premise', 'data_protection_forbids'],
    ["invite to an RCPC on Friday for the twins", 'cp_conference', 'invited'],
    ["the officer says GDPR obliges the hospital to give him the patient's address", 'premise', 'data_protection_requires'],
    ["DC: can the surgery give me the names of everyone booked in at 10am yesterday", 'record_scope', 'bulk'],
    ["car abandoned, registered keeper can't be found, can the surgeries give us the names of everyone booked at 2pm", 'record_scope', 'bulk'],
    ["DC. Victim is 15. I'm about to ask her GP and school counsellor for their notes. Do I have to tell anyone I'm doing it?", 'victim_notice', 'asked'],
    ["DC: victim's 15 and lives with her nan, who do we send the written notice to for the VIR?", 'victim_notice', 'asked'],
    ["PC here, do I have to inform the victim before I send the request for her A&E notes?", 'victim_notice', 'asked'],
    ["officers want a list of everyone who attended the drop-in on Monday", 'record_scope', 'bulk'],
    ["the social worker wants a full copy of dad's GP record for the assessment", 'record_scope', 'whole'],
    ["year 9 boy says his girlfriend's naked photos are going round the group chat", 'child_images', 'found'],
    ["patient keeps saying he's gonna deal with his ex-wife when he's discharged", 'risk', 'others'],
    ["DC: can I phone her GP practice and ask whether she's on any medication?", 'recipient', 'police'],
    ["he told the neighbour he'd torch her car tonight", 'risk', 'others'],
    ["her brother is pulling things together for an attack at a packed concert", 'crime_topic', 'terrorism'],
    ["her brother is pulling things together for an attack at a packed concert", 'risk', 'others'],
    ["she got me to promise I wouldn't mention it to her GP", 'consent', 'refused'],
    ["I promised him I wouldn't tell his wife", 'consent', 'refused'],
    ["we've been through it twice but she simply can't retain the advice", 'consent', 'lacks_capacity'],
    ["he drove himself here this morning despite the seizure", 'driving_risk', 'ongoing'],
    ["she accepts she must stop driving until the clinic review", 'driving_risk', 'stopped'],
    ["cut his thumb on a bread knife while chopping veg", 'injury_cause', 'accidental'],
    ["arrest for criminal damage, no safeguarding angle, can we tell his employer", 'risk', 'none'],
    ["her dad knows she's HIV positive; he isn't a sexual partner", 'risk', 'none'],
    ["he punches her and the young kids hear it every night", 'household_children', 'present'],
    ["says he'll go stab the lad who grassed as soon as he's out", 'weapon', 'threatened'],
    ["the homicide victim was a patient at the health centre, can we get his notes", 'deceased', 'died'],
    ["a 14yo after the pill who says her boyfriend is 19", 'sexual_activity', 'stated'],
    ["police asked us not to let him know; should we just not tell him about the disclosure", 'informing_subject', 'asked'],
    ["the officer says telling the suspect would prejudice the investigation", 'telling_harms', 'stated'],
    ["the ward keeps refusing to send discharge letters to the GP without a signed form", 'consent', undefined],
    ["mild dementia, but she definitely has capacity and says her son isn't to know", 'capacity', 'confirmed'],
    ["vascular dementia; assessed him this morning and he clearly has capacity", 'capacity', 'confirmed'],
    ["DC wants her date of birth urgently for the custody record", 'urgency', 'routine'],
    ["he said he'd do the landlord with a baseball bat", 'risk', 'others'],
    ["talking about improvised explosives and the parade route", 'crime_topic', 'terrorism'],
    ["his brother is planning to do something outside the local synagogue", 'risk', 'others'],
    ["we'll just go for a schedule 1 production order then", 'instrument', 'order_sought'],
    ["her daughter has a welfare power of attorney but registration is pending with the Office of the Public Guardian", 'attorney_authority', 'unregistered'],
    ["he showed us an LPA that hasn't been registered", 'attorney_authority', 'unregistered'],
    ["once I've sent the request for the complainant's hospital notes, do I need to let her know I've requested them?", 'victim_notice', 'asked'],
    ["he says if the landlord serves him notice he'll hurt him; should I tell the police?", 'victim_notice', undefined],
    ["the 15yo says her boyfriend is also 15, no concerns about exploitation or grooming", 'child_harm', 'none'],
    ["he refuses to use a condom with his wife even though his viral load is detectable", 'risk', 'others'],
    ["the patient has asked that his mother is not told about the discharge", 'consent', 'refused'],
    ["her boss phoned asking whether she was arrested at the weekend", 'recipient', 'employer'],
    ["a woman rang the front office asking whether her neighbour has a record", 'asker', 'police'],
    ["theft from a shop, nothing to do with vulnerable adults, can we tell his employer", 'risk', 'none'],
    ["the 13yo says she was raped by her cousin's friend at a sleepover", 'child_harm', 'suspected'],
    ["the story is he fell on some glass but the wound is a clean puncture", 'injury_cause', 'attack'],
    ["he says if we tell his mum anything he'll never come back to clinic", 'consent', 'refused'],
    ["staff nurse on the ward was kicked by a patient during restraint", 'victim', 'staff'],
    ["he has hit three other residents this week and we think someone will get badly hurt", 'risk', 'others'],
    ["settled on the ward, nil history of aggression", 'risk', 'none'],
    ["her sister keeps phoning but I'm not allowed to answer her calls, am I?", 'hearing_concerns', 'asked'],
    ["do I need to let her parents know that I'm referring to children's services?", 'informing_subject', 'asked'],
    ["if the GP writes to him he might get wind of the investigation", 'telling_harms', 'stated'],
    ["arrested a nurse for theft, so I've got to notify the trust under CLPD?", 'question_asks', 'duty'],
    ["the detainee told the nurse he dumped the knife in the canal", 'weapon', undefined],
    ["the detainee told the nurse he dumped the gun in the canal", 'own_offence', 'admitted'],
    ["her flatmate rang to say she has just taken an overdose and won't let anyone in", 'urgency', 'emergency'],
    ["a DP arrested for burglary told me he needs his methadone", 'custody', 'in_custody'],
    ["officers want to serve her a summons for a driving matter, is she on the ward?", 'instrument', undefined],
    ["A&E rang us about a lad with a stab wound but won't give us his name. dont they have to?", 'question_asks', 'duty'],
    ["An officer wants his name for the crime report. Nobody's said anyone else is at risk. Can we give it?", 'risk', 'none'],
    ["She reads her GP record on the NHS App and her husband checks her phone. How do I record her disclosure?", 'online_record_view', 'visible'],
    ['Will the MARAC letter show on her app if we scan it in?', 'online_record_view', 'visible'],
    ['PC on a burglary. Can ambulance control give me his name and address?', 'question_asks', 'permission'],
    ['Paramedic. Police are outside asking what he told us. Am I allowed to tell them?', 'question_asks', 'permission'],
    ['Pharmacist. Police want a named customer\'s codeine sales on force letterhead. Can I share?', 'question_asks', 'permission'],
    ["Hospital IG say they'll only release a victim's records once I've got a court order. Are they allowed to do that?", 'instrument', 'order_sought'],
    ['MAPPA chair. The MH trust keeps not sending anyone to level 2 meetings. Are they under a duty to co-operate with us?', 'cooperation_duty', 'asked'],
    ["Don't Channel panel partners have to co-operate? yes or no", 'cooperation_duty', 'asked'],
    ["Care home manager. Police have asked for a list of ALL our residents plus next of kin 'for their records'. OK to send?", 'record_scope', 'bulk'],
    ['Police want the patient report forms for everyone we treated at the scene of the crash.', 'record_scope', 'bulk'],
    ["Three weeks after a major incident the police want our records. Emergency's well over. Do the emergency rules still apply?", 'urgency', 'routine'],
    ['GP. A police request came in about a patient suspected of shoplifting. Send his history?', 'instrument', 'request_form'],
    ["When I send a DP request to a hospital for a suspect's info, what happens next?", 'asker', 'police'],
    ["When I send a DP request to a hospital for a suspect's info, what happens next?", 'instrument', 'request_form'],
    ["In my request to the hospital, do I need to explain why not getting it would harm the investigation, or is writing 'ongoing investigation' enough?", 'request_process', 'how_to'],
    ['Do I need to explain why not getting it would harm the investigation?', 'question_asks', 'something_else'],
    ['The safeguarding adults review wants our GP records for a man who died of neglect. Is it mandatory?', 'instrument', 'statutory_request'],
    ["Police rep on our Safeguarding Adults Board. For a SAR the practice won't send the panel anything. Do they have to?", 'instrument', 'statutory_request'],
    ['Patient put in a SAR for her records.', 'instrument', undefined],
    ["17yo says her parents have booked flights and she's to be married to a cousin. Would it be sensible to get her dad in for a chat?", 'family_approach', 'planned'],
    ["On scene at a multi storey, woman sat on the edge of the top deck. Can the crisis team tell me her safety plan?", 'urgency', 'emergency'],
    ['Mum with postpartum psychosis keeps saying the baby is evil. She refuses a referral.', 'child_harm', 'suspected'],
    ["OIC. The man who stabbed my victim got a hospital order with restrictions. She wants to know when he's getting leave.", 'restricted_patient_victim', 'asked'],
    ['Ward manager. Our s37/41 patient wants unescorted leave next week. Do we tell the MoJ?', 'restricted_patient_victim', undefined],
    ['School nurse. 15yo told me her stepdad comes into her room at night. She begged me not to tell anyone.', 'child_harm', 'suspected'],
    ["Custody nurse. Detainee told me he's hidden heroin up his backside. Do I tell the sergeant?", 'risk', 'self'],
    ["Neighbour says the old man next door hasn't been seen for a week. Can the GP tell me if he's been in?", 'person_missing', 'missing'],
    ["GP surgery refused to give me a suspect's address without a court order. Isn't that obstructing police?", 'premise', 'refusal_is_obstruction'],
    ["Can I arrest the practice manager for obstruction if she won't hand over the notes?", 'asker', 'police'],
    ['Patient admitted with a bowel obstruction, police asking whether he is here', 'premise', undefined],
    ["Officer here. The ward sister says GDPR means she needs the patient's signed consent before telling me anything. True?", 'premise', 'data_protection_forbids'],
    ["School nurses say they can't refer a child without parental consent because GDPR. Is that right?", 'premise', 'data_protection_forbids'],
    ["14yo at the clinic, the bloke she's seeing is 27 and buys her top ups.", 'child_harm', 'suspected'],
    ['We found a 16yo in a cuckooed flat miles from home. Do I tell social care?', 'child_harm', 'suspected'],
    ['Practice nurse. A DC investigating a theft at her house wants her medication list. Can I send it?', 'recipient', 'police'],
    ["Our late pt's son (executor) has asked for her notes.", 'records_applicant', 'personal_representative'],
    ["The hospital's duty manager is refusing to confirm whether the man is there. Can she do that?", 'consent', undefined],
    ['Her brother died on our ward and the family want to come in and talk about what happened. Can I?', 'death_explanation', 'asked'],
    ['Driver in resus, GCS 5. Police want blood taken. Can they?', 'consent', 'lacks_capacity'],
    ["The s7A blood's been taken from the unconscious driver. Can I send it straight off to the lab?", 'specimen', 'tested_before_permission'],
    ['Patient with burns says the device went off too early. Do I tell the police?', 'crime_topic', 'terrorism'],
    ["Dad isn't on the birth cert and wants his son's records. Can I give them?", 'parental_responsibility', 'none'],
    ["Health visitor. A mum with FGM herself mentioned her 6yo had it done abroad. I haven't seen the girl. Do I report it to the police?", 'fgm_knowledge', 'suspected'],
    ['FEO here. The GP has refused the firearms medical. Can we renew the certificate anyway?', 'firearms_medical', 'grant_without'],
    ["Doing a shotgun certificate proforma. Patient wants me to leave his old anxiety off the form. Must I include it?", 'firearms_medical', 'omit_asked'],
    ["The applicant's GP hasn't replied about the shotgun certificate. What now?", 'firearms', 'application'],
    ['DS child protection. The surgery wants a form first. Can they insist?', 'asker', 'police'],
    ['PPU sergeant. Surely the GP has to give us everything we ask for on this child?', 'record_scope', 'whole'],
    ['What email address do we use for DP7s to the trust?', 'admin_matter', 'contact'],
    ["FEO: can I ask the GP if they'd support the renewal?", 'firearms_medical', 'endorse_asked'],
    ['Burglary victim is happy to consent to us seeing her GP notes. Do we need an order?', 'consent', 'given'],
    ["Care home: his son says he's got dementia so he can't consent to anything. Is that right?", 'diagnosis_claim', 'no_capacity'],
    ['Can we collect Herbert Protocol forms for every resident in case any of them goes missing?', 'person_missing', 'in_advance'],
    ["A 13yo told the school nurse she was cut over the summer holidays. Who reports it?", 'crime_topic', 'fgm'],
    ['How long does the trust usually take to turn round a DP7?', 'admin_matter', 'deadline'],
    ['Can Datix be set up to send our safeguarding forms to the council?', 'admin_matter', 'system'],
    ["District nurse: my patient's nephew has been taking her pension and she has bruises she can't explain.", 'adult_harm', 'suspected'],
    ['Care home: a resident says her son shoves her about when he visits. Can I tell the council?', 'adult_harm', 'suspected'],
    ['PC. Welfare check on a 90 year old lady with advanced dementia - bruising on her forearms, bed soiled, lives with her son', 'adult_harm', 'suspected'],
    ["He keeps phoning for her diagnosis, says that as her son and next of kin he's entitled. Do I have to tell him?", 'premise', 'next_of_kin_authority'],
    ["I've told her that withholding data from a police investigation is an offence under section 170 and she could be prosecuted", 'premise', 'refusal_is_obstruction'],
    ['practice manager: DC says refusing to hand over the records is an offence under section 170. is it?', 'premise', 'refusal_is_obstruction'],
    ["DC says once someone's charged medical confidentiality no longer applies so I don't need his consent", 'premise', 'charge_ends_confidentiality'],
    ['he was charged last week. do we still need his consent to give the DC his notes?', 'premise', undefined],
    ["nan brings her 6yo grandson to appts. mum is the only one with parental responsibility. nan's rung for his blood results", 'parental_responsibility', 'none'],
    ['Police have asked the pharmacy for the names and addresses of everyone who collected a prescription from us between 2 and 4', 'record_scope', 'bulk'],
    ["GP practice won't hand over the kid's records to me without consent. Surely s47 means they're legally obliged to give them to police??", 'premise', 's47_for_police'],
    ['I told them section 47 of the Children Act obliges them to give them to the police', 'premise', 's47_for_police'],
    ['We dismissed an HCA for falsifying her timesheets, nothing at all about how she treated patients. Do we have to send a DBS referral?', 'dismissal_reason', 'unrelated_to_harm'],
    ['We dismissed an HCA for rough handling a resident. Do we have to send a DBS referral?', 'dismissal_reason', undefined],
    ["Letter from the review body. It says it's a requirement under section 17 of the Criminal Appeal Act", 'instrument', 'statutory_request'],
    ['ED nurse. pt now intubated. at triage he told us not to tell his wife anything, theyre separating. shes ringing', 'prior_wishes', 'against'],
    ['When she was well she wrote an advance statement saying she does not want her mother told anything if admitted', 'prior_wishes', 'against'],
    ['ED nurse. pt now intubated. his wife is ringing, can i say hes here?', 'prior_wishes', undefined],
    ['GP, 10 yrs in. 84yo man, lives alone, no doubts about capacity. His grandson borrows his bank card', 'age', 'adult'],
    ['Custody nurse, 12 yrs qualified. Detainee wants his meds', 'age', undefined],
    ["DC - solicitor for the defence wants the victim's GP records. can the GP just send them to him?", 'recipient', 'solicitor'],
    ["Ward nurse. Patient in after an overdose asked us to let his sister know he's here. Can I ring her?", 'consent', 'given'],
    ['Practice nurse. Pt said we can tell his wife about the results, she is on the phone now', 'consent', 'given'],
    ['the police said we can tell them what we know', 'consent', undefined],
    ["HR emailed asking us to confirm his fit note is genuine. He's 42. No consent form attached. Can we reply?", 'consent', undefined],
    ['GP. 14yo lad has emailed asking for a copy of his own GP records, his dad says it must go through him', 'access_applicant', 'child_self'],
    ["Dad with PR has written in for his 14 yr old son's GP records. The boy doesn't want him to see them", 'access_applicant', 'someone_else'],
    ["Executor wants his late mum's records. She told me about a termination and said she never wanted her kids to find out", 'consent', 'refused'],
    ['GP. 7 month old died last week. The safeguarding partnership is doing a rapid review and wants our records by Friday', 'recipient', 'social_care'],
    ['The MASH is holding a strategy meeting and needs our records', 'recipient', 'social_care'],
    ['PC here. I rang the crisis team and asked for his risk history', 'recipient', undefined],
    ['DS - we charged a 34 yr old last night with the stabbing. Press office wants to put his name out', 'charge_status', 'charged'],
    ["DA unit. PNC shows mum's new partner has 2 ABH convictions against previous partners. Can we tell her?", 'past_offending', 'partner_violence'],
    ["DS. Her new boyfriend breached a DVPO last year. Can we warn her?", 'past_offending', 'partner_violence'],
    ['GP. Firearms licensing have asked us to put a firearms marker on his record. Do we need his consent?', 'firearms_medical', 'marker_asked'],
    ['GP. His notes carry a firearms marker and he is now suicidal. Can I tell the police?', 'firearms_medical', undefined],
    ["GMC investigation officer emailed for two patients' notes. The email doesn't mention any legal power. Can I send them?", 'instrument', 'request_form'],
    ["Pt got a Clare's Law disclosure about her ex. She wants to screenshot what police told her and put a warning on facebook", 'onward_sharing', 'planned'],
    ['School nurse. Head of Year 10 wants me to tell her what a 14 yo said at my drop-in. She asked me to keep it between us', 'consent', 'refused'],
    ['IG lead. A statutory public inquiry has sent a section 21 notice for the notes', 'investigator', 'statutory_inquiry'],
    ["Trust IG. It's NOT under the Inquiries Act, it's a non-statutory review. They want identifiable notes", 'investigator', 'non_statutory'],
    ['optom. guy says hes from NHS counter fraud, wants the records for 3 patients', 'investigator', 'counter_fraud'],
    ["practice manager. lad of 11 registering today with a 'family friend', his mum is working abroad. tell the council?", 'care_arrangement', 'private_fostering'],
    ["PCSO. 14yo girl has been living at her nan's since September. Is that private fostering?", 'carer_relation', 'close_relative'],
    ["DA at a flat. Victim is 16, lives with her nan, boyfriend pushed her into a wall", 'carer_relation', undefined],
    ["Our data protection unit has a SAR from a mum for everything we hold on her 15 yr old son", 'access_applicant', 'someone_else'],
    ['Inspector. Since the Crisis Care Concordat the mental health trust is legally bound to give us the full record of anyone we 136, yeah?', 'premise', 'concordat_requires'],
    ["Forensic psychiatrist. My report says he's still dangerous and shouldn't move to lower security. Can I send it to his RC?", 'risk', 'others'],
    ["HV. Under Sarah's Law there's a public sex offenders register I can look him up on, isn't there?", 'premise', 'public_register'],
    ['Singer died on our ICU overnight. Reporter asking us to confirm whether it was an overdose', 'recipient', 'media'],
    ["custody. adult DP asked us to tell his wife hes here, done. now shes ringing asking what hes arrested for. tell her?", 'custody', 'in_custody'],
    ["custody. adult DP asked us to tell his wife hes here, done. now shes ringing asking what hes arrested for. tell her?", 'custody_detail', 'reason'],
    ['custody. adult DP asked us to tell his wife hes here. shes ringing. tell her?', 'custody_detail', undefined],
    ["Mum says that because her daughter has been sectioned, the Mental Health Act entitles the family to know everything", 'premise', 'mha_overrides_confidentiality'],
    ["One of the HCAs says once someone's sectioned the Mental Health Act overrides confidentiality so we can just tell them", 'premise', 'mha_overrides_confidentiality'],
    ['15yo with unexplained bruises on her arms, mum evasive', 'adult_harm', undefined],
    ["MAPPA chair: the trust won't come to the level 3 meeting. Aren't they obliged to take part?", 'cooperation_duty', 'asked'],
    ["Ward sister: a patient's daughter says her mum was quite rough with him at visiting and he has fingertip bruising.", 'adult_harm', 'suspected'],
    ['Practice manager: the SAB wants our records for a review of a death. Do we send them?', 'instrument', 'statutory_request'],
    ["His sister rang worried about him and I told her we couldn't discuss him at all. Was that right?", 'hearing_concerns', 'asked'],
    ["FEO: the GP hasn't replied in a month. No reply means no concerns, so we grant?", 'firearms_medical', 'grant_without'],
    ['Firearms: she ticked anxiety on her form. Can I get her GP notes?', 'firearms', 'application'],
    ["Custody sergeant: does the FME's fitness to detain proforma go in the case file?", 'firearms', undefined],
    ["Welfare check: old man, house filthy, seemed confused, said don't tell anyone. Can I tell his GP?", 'capacity', 'in_doubt'],
    ["School nurse: I sat in on a Clare's law disclosure to mum. Can I fill the head in so school can keep an eye out?", 'onward_sharing', 'planned'],
    ['Can people with dementia consent to the GP sharing with the police?', 'diagnosis_claim', 'no_capacity'],
    ['Does a learning disability diagnosis mean she lacks capacity to agree?', 'diagnosis_claim', 'no_capacity'],
    ["Dentist: officer wants a patient's address, he's suspected of scratching a car. Can we give it?", 'offence_seriousness', 'minor'],
    ['Control room: he is wanted on a warrant for failing to appear. Can the hospital give us his address?', 'offence_seriousness', 'minor'],
    ["PC. Lad we arrested last night says he's epileptic. Can his GP tell us anything?", 'custody', 'in_custody'],
    ['Can the custody nurse get his meds list from the GP?', 'custody', 'in_custody'],
    ['Detainee says he needs his insulin. Can his GP confirm the dose?', 'purpose', 'direct_care'],
    ['The GMC have written, citing s35A of the Medical Act, for copies of the notes', 'instrument', 'statutory_request'],
    ['NMC case officer has sent a formal request under Article 25 for the care notes', 'instrument', 'statutory_request'],
    ['Got an email from a GMC investigation officer asking for copies of a patient\'s records', 'instrument', 'request_form'],
    ['she told me more than once she never wanted him knowing anything about her health', 'consent', 'refused'],
    ['The nurse hasnt agreed to anything being shared', 'consent', undefined],
    ['A patient screamed racist abuse at one of our receptionists today', 'victim', 'staff'],
    ["He's asked us specifically NOT to send his mental health history over", 'consent', 'refused'],
    ['we know who his new community GP is; can we send the whole record?', 'purpose', 'direct_care'],
    ['Paeds reg giving evidence in crown court. Judge has told me to answer. Can I refuse?', 'instrument', 'court_order'],
    ['Body recovered from the river, badly decomposed. Can the dentist give us the charts?', 'purpose', 'identification'],
    ["Police disclosure officer. I'm thinking of requesting the complainant's full GP and counselling records going back to childhood", 'record_scope', 'whole'],
    ['DC wants her hospital notes going back to when she was a child', 'record_scope', 'whole'],
    ['He has refused consent. No safeguarding or risk concerns at all.', 'risk', 'none'],
    ["criminal damage at his ex's flat (she wasn't in, no threats to her that I know of)", 'risk', 'none'],
    ["19yo with a stab wound to the thigh says it was an accident in the kitchen (it clearly wasn't)", 'injury_cause', undefined],
    ["Custody nurse. Detainee I've just assessed is off his meds and at risk of alcohol withdrawal", 'risk', 'self'],
    ['CMHT want a welfare check. No threats, no crime, nothing to suggest immediate risk.', 'urgency', undefined],
    ['there is no immediate risk to life', 'urgency', 'routine'],
    ['can I require the hospital to send us monthly names of everyone treated for stab wounds?', 'data_form', 'identifiable'],
    ['Can the local A&E send us the names + home addresses of everyone who comes in after an assault?', 'data_form', 'identifiable'],
    ['4 month old in with a cough and I spotted a small bruise on her cheek. Baby not rolling yet.', 'child_harm', 'suspected'],
    ["PC. found a 16yo girl at a known trap house, she says she's fine", 'child_harm', 'suspected'],
    ['15 yo with a stab wound says he fell on a fence. His mates are telling a different story.', 'injury_cause', undefined],
    ['Psych ST4. Outpatient told me something worrying. Am I ok to tell the police?', 'asker', 'health'],
    ['Paeds reg. Police want to know what the child said. Can I tell them?', 'asker', 'health'],
    ["He won't agree to me telling anyone", 'consent', 'refused'],
    ["her 4 yo son is asleep in the flat and there's no one else there", 'child_harm', 'suspected'],
    ["DC. Can I ring the crisis team and get his MH records to see if he's fit to interview?", 'police_wants', 'fitness'],
    ['mum told me he throttled her last week while she was holding the baby', 'child_harm', 'suspected'],
    ["lad in with a stab wound, says he got jumped. Do I ring the police? he's begging me not to give his name", 'police_told', 'asked'],
    ["A&E sister told me they 'don't have to call us at all'. who's right?", 'police_told', 'asked'],
    ["The registrar won't give me the victim's name without his say-so", 'police_told', undefined],
    ["I think he turned up at A&E last night. ED have to confirm that to me right, it's a court condition?", 'question_asks', 'duty'],
    ['my mobile got nicked from my room at the clinic this morning. only 6 pts were in.', 'offence_seriousness', 'minor'],
    ['one of our GPs had her personal mobile taken from her consulting room', 'offence_seriousness', 'minor'],
    ["Surgery say they'll 'only release with a court order'. Are they allowed to give it us voluntarily?", 'instrument', 'order_sought'],
    ["Local ED won't give us names. Doesn't the SVD legally require them to hand that over now?", 'question_asks', 'duty'],
    ['Does the Act require us to share?', 'question_asks', 'duty'],
    ['GP here, i conscientiously object to gun ownership. do i have to fill in this firearms medical proforma?', 'conscientious_objection', 'stated'],
    ["applicant's GP practice told him they 'don't do firearms forms'", 'conscientious_objection', 'stated'],
    ["the police told him his GP 'has to do it' and it's free on the NHS. True?", 'question_asks', 'duty'],
    ["The statutory guidance makes GPs do it doesn't it?", 'question_asks', 'duty'],
    ["whats the CJSM email for the Leicestershire MAPPA unit? need to get a referral in today", 'admin_matter', 'contact'],
    ['Does the Leeds LADO take referrals over CJSM or only Egress?', 'admin_matter', 'system'],
    ['roughly how many police DP2 requests does an average GP practice get per year? want to benchmark ours', 'admin_matter', 'statistics'],
    ['How long is the ICO taking at the moment to get through complaints?', 'admin_matter', 'deadline'],
    ['Can we invoice the MARAC or the police for the GP time it takes?', 'admin_matter', 'fee'],
    ["pt suicidal, and today said that if he goes he'll 'take his wife with him'", 'risk', 'others'],
    ["he'd nicked a couple of bottles of vodka from Tesco earlier. Police asking what he said", 'offence_seriousness', 'minor'],
    ["Mum of an 8yr old girl says they're going home for 'a special ceremony to make her a woman'", 'crime_topic', 'fgm'],
    ["grandma wants to 'make her clean' while she's there. girl hasn't been cut", 'fgm_knowledge', 'suspected'],
    ["We've now got a judge's order requiring a GP practice to produce a suspect's records", 'instrument', 'court_order'],
    ["the police say they'll get a judge's order", 'instrument', 'order_sought'],
    ["CMHT rang asking us to do a welfare check on their pt. Are we obliged to go?", 'asker', 'police'],
    ["We've charged a GP with sexual assault. Should we be notifying the GMC ourselves?", 'asker', 'police'],
    ['16yo girl came in after taking 20 paracetamol, wants nothing told to her mum', 'risk', 'self'],
    ["Woman in custody says she's on methadone. Can the custody nurse ring the GP to confirm her dose?", 'purpose', 'direct_care'],
    ["Police want a patient's mobile number because he's a witness to a car crash", 'crime_topic', undefined],
    ['GP: patient found hanged at home, do I have to report the death to the coroner?', 'death_notification', 'asked'],
    ['does this one need to go to the coroner or can I sign the certificate', 'death_notification', 'asked'],
    ['the ward doctor has already referred it, do I need to notify the coroner too', 'death_notification', 'already_notified'],
    ['coroner\'s officer wants the notes of a patient who died', 'death_notification', undefined],
    ['PC at a sudden death: rang his GP for his history so I can report to the coroner', 'death_notification', undefined],
    ['do I need to report it to the coroner myself', 'death_notification', 'asked'],
    ['he has a national data opt-out, can we still tell the police', 'data_opt_out', 'opted_out'],
    ['she opted out of data sharing on the NHS App', 'data_opt_out', 'opted_out'],
    ['she opted out of the flu clinic text reminders', 'data_opt_out', undefined],
    ['Hospice at home nurse: verified an expected death tonight, do I have to notify the coroner?', 'death_notifier', 'not_doctor'],
    ['GP: do I have to notify the coroner about this death?', 'death_notifier', undefined],
    ['resident died last night of expected aspiration pneumonia, family happy with care', 'death_expected', 'expected'],
    ['man found dead at home, looks natural but nobody has seen him for a week', 'death_expected', 'expected'],
    ['patient died unexpectedly on the ward after a fall', 'death_expected', undefined],
    ['Male self-harmed with a kitchen knife last night', 'injury_cause', 'self_inflicted'],
    ['CT liaison officer here, do GPs have to tell us about attack planning?', 'crime_topic', 'terrorism'],
    ['Mum says she has opted out on the NHS app so we cannot share anything', 'data_opt_out', 'opted_out'],
    ['I thought deaths in custody always had to go to the coroner?', 'death_notification', 'asked'],
    ['GP. Trans woman with a GRC, referring her to ortho', 'gender_history', 'stated'],
    ['DC: can the hospital confirm our victim\'s birth gender?', 'gender_history', 'stated'],
    ['the patient has transitioned and her mum is asking', 'gender_history', 'stated'],
    ['police want to know the gender of the driver', 'gender_history', undefined],
    ['Medical examiner officer has asked for 25 yrs of records on a patient who died', 'medical_examiner', 'involved'],
    ['New MEO here, can I ring the daughter about the proposed cause of death?', 'medical_examiner', 'involved'],
    ['the examiner at the exam board wants to see my notes', 'medical_examiner', undefined],
    ['34yo woman, works full time, no health problems or care and support needs', 'care_needs', 'none'],
    ['52yo chap, no health problems, no care needs, fully with it', 'care_needs', 'none'],
    ['68yo man with a learning disability and care needs, bruising on his arms', 'care_needs', undefined],
    ['response officer: do i also need to tell adult social services', 'recipient', 'social_care'],
    ['12yo says his stepdad hits him when he is drunk', 'child_harm', 'suspected'],
    ['14yo came in saying she can\'t go home, dad is drunk', 'child_harm', 'suspected'],
    ['Man came in on a 136 last night, assessed, not detainable, went home', 'assessment_over', 'over'],
    ['Officer ringing before deciding on a s136, wants to know if he is known to us', 'assessment_over', undefined],
    ["mum has rung saying we mustn't give him anything", 'question_asks', undefined],
    ['At registration she ticked that we should NOT contact her GP', 'consent', 'refused'],
    ["I'm referring to cardiology, can I mention his HIV meds in the referral?", 'purpose', 'direct_care'],
    ["he's got a knife and is going to sort out the neighbour who reported him", 'risk', 'others'],
    ['DA job, 4yo present, PPN submitted', 'child_harm', 'suspected'],
    ['the little boy answered the door alone, mum was asleep on the sofa', 'child_harm', 'suspected'],
    ['ward nurse at the Grange (ABUHB). 68yo man with bruising', 'place', 'wales'],
    ['IG lead at Swansea Bay, police want records', 'place', 'wales'],
    ['A student saw one of our HCAs roughly handling a patient with dementia', 'adult_harm', 'suspected'],
    ['a night carer saw a colleague slap a resident who has dementia', 'adult_harm', 'suspected'],
    ['the Act puts us under a statutory duty to notify the health board', 'question_asks', 'duty'],
    ['Intel want a daily automated feed of crisis team contacts. Is a DPIA mandatory?', 'accountability_duty', 'dpia'],
    ['Intel want a daily automated feed of crisis team contacts. Is a DPIA mandatory?', 'sharing_scale', 'systematic'],
    ['do we have to keep logs of those disclosures under DPA Part 3?', 'accountability_duty', 'logging'],
    ['Can we use the audit logs as evidence in the misconduct proceedings?', 'purpose_of_logs', 'discipline'],
    ['Can we rely on DPA para 10 to share without asking him?', 'law_named', 'sch1_para10'],
    ['the police say under the new serious violence duty the trust has to give them names', 'law_named', 'serious_violence_duty'],
    ['He is able to discuss it and asking him would not tip anyone off', 'consent_prejudice', 'none'],
    ['Is that sensitive processing under Part 3, and do we need an appropriate policy document?', 'law_named', 'dpa_part3'],
    ['HR holds officers\' sickness records', 'law_enforcement_purpose', 'other'],
    ["custody skipper – detainee's brief wants to go through the custody record", 'recipient', 'solicitor'],
    ['Response. DA job, mum and an 8 month old. Mum refused consent for any referral.', 'child_harm', 'suspected'],
    ['Trust security say they can only release the CCTV to us with a court order or consent from everyone', 'instrument', 'order_sought'],
    ['his cousin is planning to drive into the crowd at the weekend march', 'crime_topic', 'terrorism'],
    ['his cousin is getting ready to do something big at the shopping centre', 'crime_topic', 'terrorism'],
    ["pt just texted me she's taken a load of paracetamol and is by the canal", 'urgency', 'emergency'],
    ['Someone said as joint controllers we legally need a formal arrangement', 'accountability_duty', 'joint_controllers'],
    ['we send referrals to the council and they decide for themselves what to do, so separate controllers?', 'controllership', 'separate'],
    ['Attended a house in Newport, 3yo living in filthy conditions, mum intoxicated.', 'child_harm', 'suspected'],
    ['Sarahs law app from a mum, her new partner has child sex convictions and lives with the kids', 'asker', 'police'],
    ['woman asked under clares law about new bf', 'asker', 'police'],
    ['15yo at clinic told me she was cut as a child in Somalia', 'fgm_subject', 'girl_disclosed'],
    ["Kept saying the mix went off early and it was meant for the rally on Saturday", 'crime_topic', 'terrorism'],
    ["he's going round to the other guy's house tonight with a knife to finish it", 'risk', 'others'],
    ["sgt here, drunk male in cells keeps saying hes diabetic, can i ring his GP to check what meds hes on", 'purpose', 'direct_care'],
    ['man died at home, GP says it was expected. do i still need to get the coroner involved?', 'death_notification', 'asked'],
    ['do we have to tell the coroner about this one?', 'death_notification', 'asked'],
    ["GP says it was expected and she's happy to do the certificate", 'death_expected', 'expected'],
    ["custody sgt: can i ring his GP surgery to check what meds hes on", 'recipient', undefined],
    ['He walked out before his bloods. Can I ring the police to find him?', 'recipient', 'police'],
    ["his cousin and mates are 'sorting out' the Christmas market with something they've built in a lock-up", 'crime_topic', 'terrorism'],
    ["Client just rang saying he's outside his ex's house with a knife", 'risk', 'others'],
    ['District nurse on Anglesey. 84yo lady, grandson helping himself to her pension', 'death_notifier', undefined],
    ['district nurse here, verified an expected death at home this morning', 'death_notifier', 'not_doctor'],
    ["firearms licensing have written about a farmer renewing his shotgun cert. Can I just not reply?", 'firearms_medical', 'ignore_asked'],
    ["both of us decide what's collected and why", 'accountability_duty', 'joint_controllers'],
    ['Lad in for drunk and disorderly, a porter at the hospital. Nothing at all to suggest any risk to patients.', 'risk', 'none'],
    ['HV. 2yo with severe nappy rash, hardly any food in the flat, mum drinking', 'child_harm', 'suspected'],
    ["Paramedic. 2yo, house filthy, no food in. I've documented it all on the ePCR, that's enough right?", 'ambulance_record', undefined],
    ['Male told us he had taken about 40 paracetamol and has a plan to finish himself off', 'risk', 'self'],
    ["We've got no WASPI ISP with the health board for this kind of thing", 'sharing_agreement', 'absent'],
    ['Doesn\'t the DP form legally oblige them to hand it over?', 'question_asks', 'duty'],
    ["Old rule was if the GP doesn't reply within 21 days we can crack on", 'firearms_medical', 'grant_without'],
    ["our receptionist mistyped the officer's address and emailed a patient's summary to a random external gmail", 'data_breach', 'occurred'],
    ["mistyped the address and emailed her full summary, incl. sexual health history", 'breach_risk', 'high'],
    ['New staff nurse insists nothing can go to police unless the Caldicott Guardian personally signs it off', 'guardian_sign_off', 'asked'],
    ['Practice manager updating our privacy notice. Do we need to say we sometimes disclose info to the police?', 'accountability_duty', 'transparency'],
    ["OIC has asked us not to tell the pt. But doesn't the right to be informed mean we have to tell him?", 'informing_subject', 'asked'],
    ['OIC has asked us not to tell the pt.', 'telling_harms', 'stated'],
    ['Pt has SARd his full record. It includes a MARAC summary and what his ex-partner disclosed about him.', 'third_party_information', 'present'],
    ["I'm a SAR admin (not clinical). His consultant's on leave for 3 wks. Can I just send it all out so we hit the 1 month deadline?", 'access_limits', 'no_clinical_opinion'],
    ['Our Caldicott guardian is on leave till Monday. Can I tell them what they are asking for?', 'guardian_sign_off', undefined],
    ['They say the DPA crime exemption means we have to tell them. Do we?', 'informing_subject', undefined],
    ['a bloke we dealt with for harassment has sent a SAR for everything we hold on him', 'subject_access', 'made'],
    ["Woman with a learning disability told me a 'friend' hit her last night and he's coming back this afternoon", 'urgency', 'emergency'],
    ['Drafting an ISA with the health board for our street triage car. Which templates do we use?', 'sharing_agreement', 'drafting'],
    ["its a legal requirement for hospitals to report knife wounds with the patient's details isnt it", 'patient_identity', 'asked'],
    ['under the old system if the GP didnt reply in 21 days we could just crack on. ok to grant?', 'firearms_medical', 'grant_without'],
    ["12 y/o here with her 14yo boyfriend asking for EC", 'sexual_activity', 'stated'],
    ["13yo has been sending pics to a 'boyfriend' she met online who's 24 and wants to meet up", 'child_harm', 'suspected'],
    ['23yo pt died by suicide. Her dad wants a copy of her records.', 'subject_access', undefined],
    ['Trust policy says all disclosures to police go via the Caldicott Guardian', 'guardian_sign_off', 'asked'],
    ['Parents are now demanding to know who reported them. Can I tell them it was the neighbour?', 'referrer_identity', 'asked'],
    ['I referred a family to MASH and the dad has guessed it was me. Can I stay anonymous?', 'referrer_identity', 'own'],
    ['The neighbour asked to remain anonymous when she rang it in', 'referrer_identity', undefined],
    ['17 yr old came in for contraception and told me she was cut as a child before she came to the UK', 'fgm_subject', 'girl_disclosed'],
    ['Can I make the referral to social services anonymously?', 'question_asks', undefined],
    ['can we make the GP give us the records?', 'question_asks', 'compel'],
    ["her son who lives with her takes her pension and shouts and threatens her. She's refused any referral", 'coercion', 'suspected'],
    ["says he's going round to hers tonight 'with a knife and she'll get what's coming'", 'risk', 'others'],
    ["Nurse just wrote 'unfit - hospital' on the custody record. Am I not entitled to know what I'm meant to do?", 'police_wants', 'fitness'],
    ["15yo in for EHC, says the guy is 'about 24', met him on snapchat", 'child_harm', 'suspected'],
    ["SENCO emailed asking me to send a copy of a 15yo's diagnosis letter", 'recipient', 'school'],
    ["said him and his cousin have 'got the stuff sorted' and they'll 'be all over the news after the parade Saturday'", 'crime_topic', 'terrorism'],
    ['17yo girl cut her forearms with a kitchen knife at home, superficial', 'injury_cause', 'self_inflicted'],
    ["ME office rang to say they've already referred the death to the coroner", 'death_notification', 'already_notified'],
    ["I'm doing a sudden death file for the coroner. GP surgery won't give me his history", 'asker', 'police'],
    ['man on phone says hes got LPA for his dad, wants a copy of the notes emailed today. hasnt sent any paperwork', 'attorney_authority', 'unverified'],
    ["Bloke phoned saying he's the LPA for his dad. No copy of the LPA and we cant see anything on our system", 'attorney_authority', 'unverified'],
    ["Deceased's GP is dragging their feet. Confidentiality ends when someone dies though, right?", 'premise', 'confidentiality_ends_at_death'],
    ["HCP just typed 'not fit - needs hospital' in the custody record, shouldn't she tell me directly?", 'police_wants', 'fitness'],
    ['He works as a home carer for an agency visiting elderly clients. Can we tell the agency?', 'recipient', 'employer'],
    ['FGM found in 22yo at booking, mandatory report to police right?', 'age', 'adult'],
    ['FGM found in 22yo at booking, mandatory report to police right?', 'custody', undefined],
    ['does tact s38B cover doctors or are GPs exempt', 'crime_topic', 'terrorism'],
    ['TACT suite sergeant. Releasing a detainee NFA after 9 days', 'crime_topic', undefined],
    ['HV here - GDPR means i cant refer this baby w/o parents consent?', 'premise', 'data_protection_forbids'],
    ['does the GP actually have to answer our firearms medical letter', 'firearms_medical', 'ignore_asked'],
    ['Doing a s3 assessment on a young woman, NR is her dad.', 'nearest_relative', 'named'],
    ["Got an email 'from DC Jones' but it's from a gmail address and the signature looks a bit off", 'caller_identity', 'unverified'],
    ['Senior nurse reckons the police form on file is enough of a record. Should we be documenting more?', 'recording_asked', 'asked'],
    ['Welsh force setting up a regular info sharing arrangement with our health board. APP talks about national templates', 'sharing_agreement', 'drafting'],
    ["mum of a 15yo on our ward wants to know why she was admitted, the girl says don't tell her", 'recipient', 'family'],
    ['police want to know if a patient has been in today, theyve got a warrant out for him', 'police_wants', 'whereabouts'],
    ['DC here, hospital wont tell me if my rape victim had a forensic exam', 'record_setting', 'sexual_health'],
    ['elderly man fell, wife says she hits him sometimes, he says leave it, he has capacity', 'consent', 'refused'],
    ["Practice manager. We've been served a court summons to produce a patient's notes", 'instrument', 'witness_summons'],
    ['The senior coroner has sent us a formal notice for the ward records', 'instrument', 'coroner_notice'],
    ['can the treating ED reg take blood from him for the police?', 'specimen', 'treating_doctor_asked'],
    ['her foster carer wants to know what the 14yo said in clinic', 'recipient', 'family'],
    ["his mobile number is dead so we can't reach the family", 'deceased', undefined],
    ['the council and us, both of us determining what data we hold and why', 'accountability_duty', 'joint_controllers'],
    ['the clinic says the STD directions stop them telling police anything', 'premise', 'sti_records_barred'],
    ['cut her own arms with a razor at home, police want to know', 'weapon', 'blade'],
    ['care home manager: can we make applicants do a SAR and bring us a copy', 'subject_access', 'enforced'],
    ["GP. The other side's lawyers told me a court ordered disclosure of the notes", 'instrument', 'order_not_seen'],
    ["the ward clerk sent the wrong patient's discharge summary to a care home", 'data_breach', 'occurred'],
    ['we emailed the statement to the officer on a different case', 'data_breach', 'occurred'],
    ['Information governance officer. We are about to release notes to the police', 'asker', 'health'],
    ['what lawful basis should we put in the disclosure log for this release to the police', 'accountability_duty', undefined],
    ['officers want his hepatitis status for their safety, though nobody was exposed to his blood', 'risk', 'none'],
    ['82 yo lady died on Tuesday after she was given ten times her prescribed insulin dose overnight', 'care_incident', 'safety_incident'],
    ['We gave 10x the prescribed insulin dose to a patient on our ward who then died', 'care_incident', 'safety_incident'],
    ['her husband died after an insulin error on the ward and the family want answers', 'care_incident', 'safety_incident'],
    ["child with a suspicious fracture, the parents are driving home tomorrow to Leeds", 'driving_risk', undefined],
    ['can I get the ED doc treating her to take a blood specimen for us', 'specimen', 'treating_doctor_asked'],
    ['the review panel want our notes on a 12yo killed in a collision in May', 'deceased', 'died'],
    ['the review panel want our notes on a boy who died in an RTC', 'crime_topic', undefined],
    ['burns to his hands, he and his mates were building devices in a garage', 'crime_topic', 'terrorism'],
    ["the son of a patient who died wants her notes, but the executor is actually his aunt", 'records_applicant', 'neither'],
    ['I reported his threats to the police; he once said he would come after me if I ever told anyone', 'telling_harms', 'stated'],
    ['escorting a prisoner to A&E who had a knife on him last month, can I warn the nurses', 'weapon', 'threatened'],
    ["child with a suspicious fracture, the parents are driving home tomorrow to Leeds", 'crime_topic', undefined],
    ['our patient died after surgery and the consultant has already notified the coroner, do I need to as well', 'death_notification', 'already_notified'],
    ['found a toddler alone at home at midnight, dad awol, do I tell social care now', 'absent_from_care', undefined],
    ['processing my first SAR at the surgery, what do I leave out', 'subject_access', 'made'],
    ['he has read his SAR response and is unhappy with what we wrote', 'subject_access', 'made'],
    ['the stalker who slashed her got a hospital order with restrictions; will anyone tell her when he is let out', 'restricted_patient_victim', 'asked'],
    ["lives alone, nobody else involved, and she says don't tell anyone", 'risk', 'none'],
    ["No children in the house, nobody else relying on her money.", 'risk', 'none'],
    ["Nothing in his history suggests a risk to anyone.", 'risk', 'none'],
    ["a 41yo woman from a nail bar who won't consent to the NRM", 'consent', 'refused'],
    ['he flatly refuses to go into the NRM. Is that the end of it from our side?', 'question_asks', 'duty'],
    ["she says she's legally obliged to make a DBS referral and wants the form", 'barring_referral', 'asked'],
    ['the council say they will refer her to the DBS themselves', 'barring_referral', 'asked'],
    ["can i ring my pt's wife about his driving", 'recipient', 'family'],
    ['control room: ED rang in a GSW but wont give us the name', 'injury_cause', 'attack'],
    ["Do I need to let him know first that I'm reporting it?", 'informing_subject', 'asked'],
    ["Doesn't the Prevent duty legally require GPs to share with us?", 'question_asks', 'duty'],
    ['does prevent duty mean i hav to give CT police the notes?', 'question_asks', 'duty'],
    ["early Alzheimer's but perfectly able to decide who knows about her health", 'capacity', 'confirmed'],
    ["Mr D, 83, advanced Alzheimer's, can't follow a conversation about his care any more", 'consent', 'lacks_capacity'],
    ['was under a DoLS and died peacefully last night, completely expected', 'deprivation_of_liberty', 'authorised'],
    ['she died peacefully last night, completely expected', 'death_expected', 'expected'],
    ['Prison GP. Lifer died in the healthcare unit overnight', 'state_detention', 'detained'],
    ['she told me he takes her PIP and has hit her twice', 'adult_harm', 'suspected'],
    ["19yo with a stab wound to the thigh, says he 'fell on a knife', clearly didn't", 'injury_cause', 'attack'],
    ['Sexual health nurse. A GP rang asking for her STI screen results', 'record_setting', 'sexual_health'],
    ["He's agreed, surrendered his keys to his wife and she's doing all the driving.", 'driving_risk', 'stopped'],
    ["cop gave us an 'application for production order' for a pts notes", 'instrument', 'order_sought'],
    ['16yo nicked for shoplifting, begging us not to ring his mum', 'custody', 'in_custody'],
    ["Mum we gave a Sarah's Law disclosure to wants to warn the other parents on the estate WhatsApp", 'onward_sharing', 'planned'],
    ["grandma applied under sarahs law. do i disclose to nan as she's the applicant?", 'applicant_told', 'asked'],
    ['Do I need to tell the police, and do I give them his name?', 'police_told', 'asked'],
    ["says he 'fell on a knife' but it obviously wasn't that", 'injury_cause', 'attack'],
    ["man in custody says he's HIV positive and spat at my officer", 'exposure', 'incident'],
    ["I had a needlestick injury from a patient's used needle", 'exposure', 'incident'],
  ])('reads "%s" as %s %s', (question, name, value) => {
    expect(fact(question, name)).toBe(value);
  });
});

describe('the agency asked, not told', () => {
  it('reads "reporting them to the council" as who is reported, not who is told', () => {
    expect(fact('GP here. Mum says she does not consent to us reporting them to the government. Can I notify?', 'recipient')).toBeUndefined();
  });

  it('reads someone asking for silence as no request to be told', () => {
    expect(fact('The family have asked us to keep it quiet. Do we still notify public health?', 'recipient')).toBeUndefined();
    expect(fact('Her dad has asked me not to tell the school', 'recipient')).toBe('school');
    expect(fact('Her dad has asked me for her results', 'recipient')).toBe('family');
  });

  it('reads "send a request to her GP" as asking the GP, not telling it', () => {
    expect(fact("DC here. I was planning to send a request to her GP surgery for her entire record", 'recipient')).toBeUndefined();
    expect(fact('DC here. Can I send the incident log to her GP surgery?', 'recipient')).toBe('health');
  });

  it('reads "consent or a witness summons" as an order someone wants, not one that has been made', () => {
    expect(fact("the therapist won't hand anything over without either the complainant's consent or a witness summons", 'instrument')).not.toBe('witness_summons');
  });

  it('reads a call "to say" something as telling the asker, not asking them', () => {
    expect(fact("School nurse. Her mum rang me to say it's all perfectly legal", 'recipient')).toBeUndefined();
    expect(fact('School nurse. Her mum rang me asking for the notes', 'recipient')).toBe('family');
  });

  it('reads a holder asking for the grounds of a request as no request for information', () => {
    expect(fact("DC here. The surgery is asking what my grounds are", 'recipient')).toBeUndefined();
    expect(fact('DC here. The surgery is asking for her address', 'recipient')).toBe('health');
  });

  it('reads "a written report on the family" as about the family, not to it', () => {
    expect(fact('GP. Social care want a written report on the family. Can I send it?', 'recipient')).not.toBe('family');
    expect(fact('GP. Can I tell the family what the report says?', 'recipient')).toBe('family');
  });
});

describe('modern slavery', () => {
  it('reads signs of forced labour as a suspected victim of modern slavery', () => {
    expect(fact("He sleeps on site, isn't paid, and the boss holds his ID", 'modern_slavery')).toBe('suspected');
    expect(fact('He was paid late this month and is worried about rent', 'modern_slavery')).toBeUndefined();
    // A neighbour taking an old man's bank card is theft or financial abuse, not forced labour.
    expect(fact("elderly man says his neighbour took his bank card", 'modern_slavery')).toBeUndefined();
  });
});

describe('reading a crisis, a minor offence and shorthand', () => {
  it('reads someone threatening to jump from a bridge as an emergency, but not someone talked down earlier', () => {
    const question = "Control room. Man on a motorway bridge saying he'll jump, is he known to the crisis team?";
    expect(fact(question, 'urgency')).toBe('emergency');
    expect(fact(question, 'risk')).toBe('self');
    expect(fact('PC - talked a lad down off the bridge railings earlier, no offence', 'urgency')).toBeUndefined();
  });

  it('reads a smashed shop window, drunk and disorderly, or pilfering from work as a minor offence', () => {
    expect(fact('Shop window smashed last night, suspect cut his hand. Will A&E confirm if he came in?', 'offence_seriousness')).toBe('minor');
    expect(fact("Custody sgt. drunk & disorderly detainee wants mum told hes here", 'offence_seriousness')).toBe('minor');
    expect(fact('pt admitted nicking from her old employer yrs ago', 'offence_seriousness')).toBe('minor');
  });

  it('reads a detainee wanting a parent told, with or without "his"', () => {
    expect(fact("Custody sgt. drunk & disorderly detainee wants mum told hes here, OIC says hold off", 'consent')).toBe('given');
  });

  it('reads "w/o" as "without", so what follows is negated', () => {
    expect(fact("hosp security wont give me car park cctv w/o court order", 'instrument')).toBeUndefined();
    expect(fact("hosp security wont give me car park cctv w/ a court order", 'instrument')).toBe('court_order');
  });
});

describe('who asks whom in a story', () => {
  it('takes the role that opens the question as the asker, with or without a "q" after it', () => {
    expect(reader.read("receptionist - the police rang asking for a patient's mobile number.")).toMatchObject({ asker: 'health', recipient: 'police' });
    expect(reader.read('receptionist q - a PC just rang asking for the mobile no. of one of our patients')).toMatchObject({ asker: 'health', recipient: 'police' });
    expect(reader.read("Hospital physio here. The patient's employer rang asking about her injury")).toMatchObject({ asker: 'health', recipient: 'employer' });
  });

  it('takes visiting as a request only when one follows: "our HV team visits" is not the health visitor asking', () => {
    const order = "We've been served with an order from the family court directing the trust to disclose to the court the address of a mum our HV team visits. Do we have to comply?";
    expect(fact(order, 'recipient')).toBe('court');
    expect(fact('An officer came in asking for his notes. Can I give them?', 'recipient')).toBe('police');
    expect(fact('Her mum is also registered with us and has just rung reception asking what her daughter came in about.', 'recipient')).toBe('family');
  });

  it('does not take a relative ringing to object as the one asking for information', () => {
    const story = "Our legal team forwarded an email from the coroner's officer asking for a copy of my PRF. His mum rang me saying she doesn't want his private stuff dragged up. Do I have to send it?";
    expect(fact(story, 'recipient')).toBe('coroner');
    expect(fact('His mum rang me asking what he came in for. Can I tell her?', 'recipient')).toBe('family');
  });

  it('does not take "him" for a woman named before it', () => {
    expect(fact("Been with the practice since he was a kid and his mum is our patient too. Should I tell him first?", 'recipient')).toBeUndefined();
    expect(fact("GP. His dad is worried. Can I tell him?", 'recipient')).toBe('family');
  });

  it('gives a request forwarded "from" an agency to that agency, not to whoever forwarded it', () => {
    const facts = reader.read("Our trust's legal team have forwarded an email from the coroner's officer asking for a copy of my PRF.");
    expect(facts.recipient).toBe('coroner');
  });
});

describe('what makes the question one about a duty, a death or a risk', () => {
  it('reads "the surgery has to give it me" as asking whether the surgery can be made to share', () => {
    expect(fact("I've done the data protection form so the surgery HAS to give it me now, right?", 'question_asks')).toBeDefined();
  });

  it('reads attending a suspected suicide as a death, but not a suicide attempt', () => {
    expect(fact('Last week I attended a suspected suicide - young lad, found in his bedroom', 'deceased')).toBe('died');
    expect(fact('He made a suicide attempt last week and is on the ward', 'deceased')).toBeUndefined();
  });

  it('reads a hidden handgun or a knife still carried as a risk to others, and a cut to his own hand in an attack as no self-harm', () => {
    expect(fact("his brother keeps a handgun in a shoebox and says he'll sort out a lad who owes him money", 'risk')).toBe('others');
    expect(fact('they think he cut his own hand in the attack and may still be carrying the knife', 'risk')).toBe('others');
    expect(fact('they think he cut his own hand in the attack', 'injury_cause')).not.toBe('self_inflicted');
  });

  it('reads the Dash risk level in a domestic abuse question only', () => {
    expect(fact('DA job, standard risk, no kids in the house, she asked me not to tell her GP', 'da_risk')).toBe('standard');
    expect(fact('domestic abuse victim is high risk on the DASH, can I refer to MARAC?', 'da_risk')).toBe('high');
    expect(fact("high risk misper, has he been seen in A&E?", 'da_risk')).toBeUndefined();
  });
});

describe('requests that a card turns on', () => {
  it("reads asking the treating registrar to take an extra tube as asking the treating doctor for a specimen", () => {
    expect(fact("The ED reg treating him says he'd take an extra blood tube for us. Can I just ask the ED reg to do it?", 'specimen')).toBe('treating_doctor_asked');
  });

  it('reads going for criminal behaviour orders on frequent callers as a sanction', () => {
    expect(fact('the trust gives us their care plans so we can manage them, including going for CBOs on the repeat ones', 'care_approach')).toBe('police_in_therapy_or_sanctions');
  });
});

describe('facts from the latest questions written from published guidance', () => {
  it("reads a partner who is the asker's patient too, so telling would release his records", () => {
    expect(fact("pt asks if bf has violent past. he's our pt too, DV in his notes. can i tell her?", 'partner_records')).toBe('also_a_patient');
    expect(fact("pt asks if bf has violent past. he's our pt too, DV in his notes. can i tell her?", 'asker')).toBe('health');
  });

  it('reads a parent of young children as children in the household', () => {
    expect(fact("Dad of two (aged 4 and 7) told me he's been looking at indecent images of children online", 'household_children')).toBe('present');
  });

  it('reads a risk of retaliation as a risk to others, and a man on top of a multistorey as an emergency', () => {
    expect(fact("three stabbings on the estate this month, a real risk of retaliation", 'risk')).toBe('others');
    expect(fact("a patient texted that he's on top of the multistorey with a plan to jump", 'urgency')).toBe('emergency');
  });

  it('reads "so they gotta share?" as asking about a duty, and Right Care, Right Person named', () => {
    expect(fact('caldicott principle 7 says sharing is as important as confidentiality, so they gotta share?', 'question_asks')).toBe('duty');
    expect(fact('the call handler started talking about Right Care Right Person', 'rcrp')).toBe('named');
  });
});

describe('a planned attack, a self-inflicted cut and a routine request', () => {
  it("reads a group 'going to hit' the Pride march as terrorism", () => {
    expect(fact("he said his cousin's group are going to hit the Pride march in town next Saturday", 'crime_topic')).toBe('terrorism');
  });

  it('reads a cut to her own arm as self-inflicted', () => {
    expect(fact('ED nurse - 26yo cut her own arm with a kitchen knife, nobody else involved', 'injury_cause')).toBe('self_inflicted');
  });

  it('reads a standard request for all her counselling notes, as normally done, as a routine request for the whole record', () => {
    const question = 'DC. Can I just put in the standard third party material request for all her counselling notes like we normally do?';
    expect(fact(question, 'request_basis')).toBe('speculative');
    expect(fact(question, 'record_scope')).toBe('whole');
  });
});

describe('staff details the police want', () => {
  it('reads staff names on shift or a duty rota as staff details, not a patient record', () => {
    expect(fact('DC here. Need the names of all staff on shift that night so we can interview them', 'police_wants')).toBe('staff_details');
    expect(fact('Police want our duty rota for last Tuesday night', 'police_wants')).toBe('staff_details');
    expect(fact('Police want the names of the patients who were on the ward that night', 'police_wants')).toBeUndefined();
  });
});

describe('whole records asked for by social care', () => {
  it('reads a social worker asking for the complete GP record as a whole record, as it does for the police', () => {
    expect(fact("Email from a council social worker: the practice must provide the mother's complete GP record within 7 days", 'record_scope')).toBe('whole');
    // Without the police or social care in the question, a complete record says nothing about who wants it.
    expect(fact("Mum asked for a copy of her complete GP record", 'record_scope')).toBeUndefined();
  });
});

describe('words that mean something else in a ward or a school', () => {
  it('does not read a patient admitted informally as an informal request through a personal contact', () => {
    expect(fact('52yo man admitted informally two days ago, now very manic. His wife has rung asking how he is.', 'request_route')).toBeUndefined();
    expect(fact('My mate in the police asked me informally to check if he is a patient here', 'request_route')).toBe('personal_contact');
  });

  it('does not read a sixth form as a police request form', () => {
    expect(fact('School nurse in a sixth form. A 17-year-old came to my drop-in today, very tearful.', 'instrument')).toBeUndefined();
    expect(fact("I've sent the GP the form with my inspector's signature", 'instrument')).toBe('request_form');
  });

  it("reads an 'engagement' to a cousin she has never met as a suspected forced marriage", () => {
    expect(fact("she overheard them talking about her 'engagement' to a cousin she's never met", 'forced_marriage')).toBe('suspected');
  });
});

describe('a short aside in brackets', () => {
  it('reads the sentence on across a short aside, but not across a longer one', () => {
    expect(fact('Her father (with PR) has asked for copies of her notes', 'recipient')).toBe('family');
    expect(fact('Our patient has asked that her sister (her NR) is not told anything', 'consent')).toBe('refused');
    // A longer aside still breaks the sentence: "Mum (in the room after) says" is not Mum telling of FGM.
    expect(fact("15yo told me she was cut when she was 7. Mum (in the room after) says it's in the past.", 'fgm_knowledge')).toBe('known');
  });
});

describe('a missing child, an age in brackets and FGM seen on a girl', () => {
  it('reads a police request about a missing child as one to find her, even when it asks for her medication', () => {
    const question = "Police have just rung - one of my Year 11s (15) has been missing since Friday night. They want her meds and where she goes.";
    expect(fact(question, 'police_wants')).toBe('whereabouts');
    expect(fact(question, 'age')).toBe('child');
    expect(fact('What powers does section 47 (1) of that Act give?', 'age')).toBeUndefined();
  });

  it("reads scarring seen on examining a girl as FGM on the girl, whatever her mother's own history", () => {
    const question = "Mum (28) told me she'd had FGM as a child. Today when I examined her 4 year old I could see what looks like healed scarring.";
    expect(fact(question, 'fgm_subject')).toBe('girl_examined');
    expect(fact(question, 'fgm_knowledge')).toBe('seen');
    expect(fact("Mum (28) told me she'd had FGM as a child. She has a 4 year old daughter.", 'fgm_subject')).toBe('woman');
  });

  it("reads a blood alcohol from the bloods sent on arrival as the hospital's own results", () => {
    expect(fact('Traffic officer has asked for his blood alcohol from the bloods we sent on arrival', 'specimen')).toBe('hospital_results');
  });

  it('reads walking off the ward as absent from care, and marks round her neck as a serious offence seen by a child', () => {
    expect(fact('mental health ward rang us, sectioned pt walked off the ward 2 hrs ago', 'absent_from_care')).toBe('absent');
    const scene = "woman with finger-mark bruising round her neck, said she fell. Her 4yo was sat on the stairs crying saying daddy squeezed mummy. Partner had gone.";
    expect(fact(scene, 'offence_seriousness')).toBe('serious');
    expect(fact(scene, 'household_children')).toBe('present');
  });

  it('reads a Dash risk level only where the question is about domestic abuse, not a high-risk missing girl with a boyfriend', () => {
    expect(fact("Police graded it high risk. Has she mentioned a boyfriend?", 'da_risk')).toBeUndefined();
  });
});

describe("the hospital's own results, a bare phone call and a nursery", () => {
  it("reads a blood alcohol 'from their tests' as the hospital's own result, not a specimen the police require", () => {
    expect(fact('PC - can the hospital just tell me his blood alcohol from their tests?', 'specimen')).toBe('hospital_results');
  });

  it('reads a request by phone with no form as one from a caller not yet checked', () => {
    expect(fact('a firearms licensing officer rang asking about his mental health history, no form, just a phone call', 'caller_identity')).toBe('unverified');
  });

  it('reads a nursery manager as the school-type body a child attends', () => {
    expect(fact('DS - a registered sex offender is moving in above a nursery. Can I tell the nursery manager?', 'recipient')).toBe('school');
  });
});

describe('capacity', () => {
  it('reads a condition that puts capacity in doubt apart from what the person decided', () => {
    const question = "My patient, 82, has dementia and her son is taking her pension. She doesn't want any fuss.";
    expect(fact(question, 'capacity')).toBe('in_doubt');
    expect(fact(question, 'consent')).toBe('refused');
    expect(fact('woman with a learning disability begged me not to tell the police', 'capacity')).toBe('in_doubt');
    expect(fact("not sure whether he has capacity to decide", 'capacity')).toBe('in_doubt');
  });

  it('does not read an asker who is confused about the law as a person whose capacity is in doubt', () => {
    expect(fact("I'm a bit confused, does a patient with capacity who refuses stop me referring?", 'capacity')).toBeUndefined();
  });
});

describe('custody', () => {
  it('reads a detainee booked in, and a detainee asking for someone to be told', () => {
    expect(fact("Someone's asking whether their flatmate is being held here", 'custody')).toBe('in_custody');
    // An arrest says what happened, not that the question is about someone held in a custody suite.
    expect(fact('Two CID officers say he has been arrested for GBH and want his notes', 'custody')).toBeUndefined();
    const facts = reader.read('At booking in he asked for his brother to be told he is here');
    expect(facts).toMatchObject({ custody: 'in_custody', consent: 'given' });
  });
});

describe('no sharing agreement', () => {
  it('reads the absence of an information sharing agreement', () => {
    expect(fact("My sergeant says we can't pass her details on because there's no signed ISA with the council", 'sharing_agreement')).toBe('absent');
    expect(fact('Legal says nothing can move until an ISA is signed', 'sharing_agreement')).toBe('absent');
    expect(fact('We have an ISA with the force; does it mean we must share?', 'sharing_agreement')).toBe('present');
  });
});

describe('what the question asks', () => {
  it('reads "a duty to share" claimed of the asker as a question about a duty, but not the name of a principle', () => {
    expect(fact("The officer told reception 'Caldicott 7 - you've got a duty to share with us now'. Have we?", 'question_asks')).toBe('duty');
    expect(fact("She says Caldicott 7 means she can tell the police because 'the duty to share is as important as confidentiality'", 'question_asks')).toBeUndefined();
  });

  it('does not read "do I have to go along with his wishes?" as a question about a duty to share', () => {
    expect(fact("He says don't tell his wife anything. Do I have to go along with that?", 'question_asks')).toBe('something_else');
  });

  it('reads a duty someone claims the asker has as a question about a duty', () => {
    expect(fact('The nurse in charge says we have to phone the police about every knife wound', 'question_asks')).toBe('duty');
    expect(fact("My DS says just send the lab a DP request, they'll have to hand it over", 'question_asks')).toBe('duty');
  });

  it("reads a question about giving the patient's name apart from one about telling the police at all", () => {
    expect(fact('Police want the name of a patient we treated for a gunshot wound last month', 'patient_identity')).toBe('asked');
    expect(fact('A man with a stab wound came in. Do we ring the police?', 'patient_identity')).toBeUndefined();
  });
});

describe('telling the person about a disclosure', () => {
  it('reads a question about telling the person apart from one about telling someone else', () => {
    expect(fact('I gave the police his name. Do I actually need to tell him I did that?', 'informing_subject')).toBe('asked');
    expect(fact('Do I have to tell the patient before I send the records?', 'informing_subject')).toBe('asked');
    expect(fact("We'll comply with the order. Does he need to be told we've done it?", 'informing_subject')).toBe('asked');
    expect(fact("Should I be telling her I've referred, or leave it to social care?", 'informing_subject')).toBe('asked');
    expect(fact('His wife is asking what is wrong with him. Can I tell her?', 'informing_subject')).toBeUndefined();
  });
});

describe("hearing what someone close to the patient wants to say", () => {
  it('reads a question about listening to a relative apart from one about telling them', () => {
    expect(fact("His daughter has emailed me her worries. Am I even allowed to listen to her or read it?", 'hearing_concerns')).toBe('asked');
    expect(fact('His daughter wants to know what medication he is on. Can I tell her?', 'hearing_concerns')).toBeUndefined();
  });
});

describe('a disease that must be notified', () => {
  it.each([
    ['Pretty sure this 6 year old has measles, mum begged me not to report her', 'notifiable'],
    ['suspected TB in a man who does not want his employer to know', 'notifiable'],
    ['patient with HIV will not tell his partner', 'not_notifiable'],
  ])('reads "%s" as %s', (question, value) => {
    expect(fact(question, 'disease')).toBe(value);
  });
});

describe('agencies involved', () => {
  it('counts an agency named only by context', () => {
    expect([...reader.agenciesInvolved('A suspect was arrested; can we see his patient notes?')].sort()).toEqual(['health', 'police']);
  });

  it('does not take "press charges" for the press', () => {
    expect(reader.agenciesInvolved("He doesn't want to press charges; the police want his name")).not.toContain('media');
    expect(reader.agenciesInvolved('A journalist rang asking about a patient')).toContain('media');
  });
});

describe('what the police want from health', () => {
  it.each([
    ['Police want us to tell them how much he told us he’d had to drink. Can we?', 'clinical_details'],
    ['The officer wants to know what was wrong with him when he came in', 'clinical_details'],
    ['PC here. Can you ring us when he is discharged?', 'discharge_notice'],
  ])('"%s" asks for %s', (question, wanted) => {
    expect(fact(question, 'police_wants')).toBe(wanted);
  });

  it('reads a list of many patients as a bulk request, and a list of who saw one record as nothing of the kind', () => {
    expect(fact('Police want a list of all the patients who attended on Monday', 'record_scope')).toBe('bulk');
    expect(fact('He wants a list of everyone we shared his data with, including the police', 'record_scope')).toBeUndefined();
    expect(fact('PC. Security can print me the list of everyone who came through ED overnight with hand injuries', 'record_scope')).toBe('bulk');
    expect(fact('DC. I need the names of all patients on the ward that night', 'record_scope')).toBe('bulk');
    expect(fact('DC. I need the names of all staff on shift that night so we can interview them', 'record_scope')).toBeUndefined();
  });

  it('reads a person owning up to their own offence, but not an admission to hospital', () => {
    expect(fact('client owned up to old drink driving, do i have to grass him up', 'own_offence')).toBe('admitted');
    expect(fact('a patient confessed to a burglary last year', 'own_offence')).toBe('admitted');
    expect(fact('he was admitted to the ward after he was assaulted', 'own_offence')).toBeUndefined();
  });

  it('reads a victim asking for her own records as a subject access request', () => {
    expect(fact('the police told her to get her own medical records and hand them over', 'subject_access')).toBe('made');
    expect(fact('she has asked for a copy of her counselling session notes', 'subject_access')).toBe('made');
  });

  it('tells a specimen the treating doctor is asked to take from one the police require', () => {
    expect(fact('Police want me to take a blood sample from my unconscious patient', 'specimen')).toBe('treating_doctor_asked');
    expect(fact('Police want a blood sample from my unconscious patient', 'specimen')).toBe('requested');
  });

  it('reads what the police want only in a question that involves the police', () => {
    expect(fact('My client told me her partner has been hitting her son. Can I share without her consent?', 'police_wants')).toBeUndefined();
    expect(fact('She told me her partner hits her, and the police want to know what she told us', 'police_wants')).toBe('clinical_details');
  });

  it('does not take asking who the driver was for clinical details', () => {
    expect(fact('The police want the name of the driver we took to hospital', 'police_wants')).toBeUndefined();
  });
});

describe("who is asking for a deceased patient's records", () => {
  it.each([
    ["His wife is the executor and wants his notes now he has died", 'personal_representative'],
    ["The solicitor says the widow may bring a claim over her husband's death", 'claimant'],
    ["Her brother isn't the executor and just wants to understand what happened before she died", 'neither'],
  ])('reads "%s" as %s', (question, applicant) => {
    expect(fact(question, 'records_applicant')).toBe(applicant);
  });

  it('reads it only about someone who has died', () => {
    expect(fact('The executor of the trust fund rang', 'records_applicant')).toBeUndefined();
  });
});

describe('negation and reachability', () => {
  it('sets aside what the situation is only compared with', () => {
    expect(fact("pt looks at indecent images of kids. isn't this mandatory reporting now, same as the FGM duty?", 'crime_topic')).toBeUndefined();
    expect(fact('a 12 year old told me she had FGM as a baby, same as her sister', 'crime_topic')).toBe('fgm');
  });

  it('reads an order that is claimed but not shown apart from an order', () => {
    expect(fact("The solicitors say 'the court has ordered discovery'. The letter doesn't enclose the order, it just quotes a case number.", 'instrument')).toBe('order_not_seen');
    expect(fact('The court has ordered disclosure of her records; the order is attached.', 'instrument')).toBe('court_order');
  });

  it('carries a negation across "or" to the next thing named', () => {
    expect(fact("There's no court order or witness summons, just a letter from the solicitors", 'instrument')).not.toBe('witness_summons');
    expect(fact('We have been served with a witness summons', 'instrument')).toBe('witness_summons');
  });

  it('reads a service that cannot be reached', () => {
    expect(fact('Street triage line just rings out and control cant raise the crisis team', 'reachable')).toBe('unreachable');
    expect(fact('me and my oppo have hold of her. no time to phone the triage line. can i still do the 136?', 'reachable')).toBe('unreachable');
  });
});

describe('sharing for the person\'s own care', () => {
  it('reads a discharge summary or a referral on for care as direct care', () => {
    expect(fact("can I send the discharge summary to the patient's GP without asking him", 'purpose')).toBe('direct_care');
    expect(fact('We want his GP and the crisis team to know so they can follow him up', 'purpose')).toBe('direct_care');
    expect(fact('The police want his discharge date', 'purpose')).toBeUndefined();
  });
});

describe('asking how to make a request', () => {
  it('reads how to word or make a request apart from whether it will be met', () => {
    expect(fact("how do I fill in a DP7 for GP records so it gets accepted", 'request_process')).toBe('how_to');
    expect(fact('The hospital keeps bouncing my data protection requests back. What do they need from me?', 'request_process')).toBe('how_to');
    expect(fact('Do we have to answer a DP7 from the police?', 'request_process')).toBeUndefined();
  });
});

describe('a look-up for personal reasons', () => {
  it('reads staff looking up someone they know, but not a request to check someone for the police', () => {
    expect(fact("can nurses check their ex partner's records", 'request_route')).toBe('personal_contact');
    expect(fact("copper here, ran my new girlfriend's name on PNC just to check", 'request_route')).toBe('personal_contact');
    expect(fact("PC here. Can the GP check his mum's address for us?", 'request_route')).toBeUndefined();
  });
});

describe('refusal in other words', () => {
  it.each([
    ["My victim isn't engaging and won't sign a consent form"],
    ["He says he was mugged and won't speak to the police"],
  ])('reads "%s" as refused', (question) => {
    expect(fact(question, 'consent')).toBe('refused');
  });

  it('does not read staff refusing treatment as the patient refusing consent', () => {
    expect(fact('He was drunk so we refused to treat him, then he got in his car', 'consent')).toBeUndefined();
    expect(fact('He was drunk so we refused to treat him, then he got in his car', 'crime_topic')).toBe('road_traffic');
  });
});

describe('police in planned care, or sanctions, for people who often call in crisis', () => {
  it('reads mentoring and threats of prosecution as what NHS England says must go', () => {
    expect(fact("I sit in on their weekly sessions and do some of the mentoring, and say we'll look at a community behaviour order", 'care_approach')).toBe('police_in_therapy_or_sanctions');
    expect(fact('Can the crisis team share a joint crisis plan with our control room?', 'care_approach')).toBeUndefined();
  });
});

describe('who was harmed', () => {
  it('reads harm to the patient by a partner apart from harm to staff', () => {
    expect(fact('She admitted her girlfriend threw a mug at her', 'victim')).toBe('patient');
    expect(fact('Patient told me her husband hits her', 'victim')).toBe('patient');
    expect(fact('A patient punched a nurse on the ward', 'victim')).toBe('staff');
    expect(fact('A drunk patient I was examining stabbed me in the hand with a dart', 'victim')).toBe('staff');
    expect(fact('he has been posting threats on Facebook naming two of our staff nurses', 'victim')).toBe('staff');
  });
});

describe('risk to others', () => {
  it.each([
    ['A male has just threatened his neighbour with a machete and run off'],
    ['He was brandishing a knife in the street'],
    ['She threatened the receptionist and left'],
    ['He plans to hurt his stepdad when he gets leave this weekend'],
    // Threats and stalking, in the words people report them in.
    ["He keeps turning up outside her workplace and said 'she'll regret blocking me, I know where her mum lives'"],
    ["he posted that the two nurses 'deserve what's coming' and that he knows where they park"],
    ['The same carer covers about eight other elderly clients on that round'],
  ])('reads "%s" as a risk to others', (question) => {
    expect(fact(question, 'risk')).toBe('others');
  });

  it('reads an offending history with no violence in it as no risk to others', () => {
    expect(fact('a 9-year-old conviction for shoplifting, nothing since, no violence or sexual stuff', 'risk')).toBe('none');
  });

  it('reads a threat against oneself as a risk to self', () => {
    expect(fact('He threatened to kill himself last night', 'risk')).toBe('self');
  });
});

describe('facts read only in their own topic', () => {
  it('reads how much is known about FGM only in a question about FGM', () => {
    expect(fact('His cousin is planning an attack at a rally', 'fgm_knowledge')).toBeUndefined();
    expect(fact('Her family are planning to have her cut abroad', 'fgm_knowledge')).toBe('suspected');
  });

  it('reads FGM as families put it, and a parent telling as a suspicion: the girl has neither told nor been seen', () => {
    expect(fact("A 15yo told me she was 'cut' when she was little back home", 'crime_topic')).toBe('fgm');
    expect(fact("A 15yo told me she was 'cut' when she was little back home", 'fgm_knowledge')).toBe('known');
    expect(fact("Mum told me her 9 year old 'had the cut' last summer", 'fgm_knowledge')).toBe('suspected');
    expect(fact('He cut his hand on a broken glass', 'crime_topic')).toBeUndefined();
  });
});

describe('what the question asks for', () => {
  it('reads a claimed entitlement as asking whether the other side can be made to share', () => {
    expect(fact("Aren't her notes police property that I'm entitled to?", 'question_asks')).toBe('compel');
    expect(fact("Don't we have a right to see them?", 'question_asks')).toBe('compel');
  });

  it('reads "is there a legal duty on me" as asking about a duty', () => {
    expect(fact('Is there an actual legal duty on me to report it to adult social care?', 'question_asks')).toBe('duty');
  });

  it('does not read a thing gone missing as the police looking for someone', () => {
    expect(fact("PC here. Her bank card's gone missing and there are withdrawals she can't explain", 'police_wants')).toBeUndefined();
    expect(fact('PC here. Her son has gone missing, can the GP tell us where he is?', 'police_wants')).toBe('whereabouts');
  });

  it('reads a question about a duty put in the negative as a question about a duty', () => {
    expect(fact("Isn't a doctor legally obliged to report a crime a patient confesses to?", 'question_asks')).toBe('duty');
    expect(fact("We don't have to tell them, do we?", 'question_asks')).toBe('duty');
  });

  it('reads "do I have to" as asking about a duty, but not "do we have to wait"', () => {
    expect(fact('Do I have to tell the police?', 'question_asks')).toBe('duty');
    expect(fact('Does the Prevent duty mean I have to give them what they ask for?', 'question_asks')).toBe('duty');
    expect(fact('Is there a legal duty to pass this on?', 'question_asks')).toBe('duty');
    expect(fact('Can we tell the NMC today, or do we have to wait for a conviction?', 'question_asks')).toBe('something_else');
  });
});

describe('facts that set the situation', () => {
  it('hold a confession to a clinician to the cards about confessions, whatever weapon it mentions', async () => {
    const roles = factRoles(await loadFactVocabulary('knowledge'));
    expect(fact('DP told me he hid the knife behind the bins', 'own_offence')).toBe('admitted');
    expect(roles.setsSituation.get('own_offence')?.has('admitted')).toBe(true);
  });

  it('hold a reporter asking to the cards about the media, whatever story the reporter is asking about', async () => {
    const roles = factRoles(await loadFactVocabulary('knowledge'));
    const facts = reader.read('A reporter is asking how the footballer from the car crash on the bypass is doing');
    expect(facts.media_enquiry).toBe('asked');
    expect(roles.setsSituation.has('media_enquiry')).toBe(true);
  });
});

describe('facts that say only what the question asks', () => {
  it('leave a question without any fact of its situation', async () => {
    const vocabulary = await loadFactVocabulary('knowledge');
    expect(statesSituationFacts(vocabulary, reader.read('Do I need consent?'))).toBe(false);
    expect(statesSituationFacts(vocabulary, reader.read('Do I have to tell the police?'))).toBe(false);
    expect(statesSituationFacts(vocabulary, reader.read('Do I have to tell the police? He refused consent.'))).toBe(true);
  });

  it('reads {one|other} in a phrase as every combination, and rejects a brace without its partner', async () => {
    expect(expandAlternatives('{hit|punched} {a|the} nurse')).toEqual(['hit a nurse', 'hit the nurse', 'punched a nurse', 'punched the nurse']);
    expect(expandAlternatives('look at my {own |}mum')).toEqual(['look at my own mum', 'look at my mum']);
    expect(fact('pt kicked off and headbutted a hca, can we give police his dob', 'victim')).toBe('staff');
    const dir = await mkdtemp(path.join(tmpdir(), 'facts-'));
    await cp('knowledge/facts', path.join(dir, 'facts'), { recursive: true });
    const file = path.join(dir, 'facts', 'core.yml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"{threw a mug|threw something|swung} at {me|my head}"', '"{threw a mug|threw something at {me|my head}"'));
    await expect(loadFactVocabulary(dir)).rejects.toThrow(/core\.yml: field "facts\.victim\.values\.staff\.\d+" has a "\{" or "\}" without its partner/);
    await rm(dir, { recursive: true, force: true });
  });

  it('must name values the fact has, or the vocabulary does not load', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'facts-'));
    await cp('knowledge/facts', path.join(dir, 'facts'), { recursive: true });
    const file = path.join(dir, 'facts', 'core.yml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('says_what_is_asked: [duty, compel, refusal, something_else, permission]', 'says_what_is_asked: [duty, wondering]'));
    await expect(loadFactVocabulary(dir)).rejects.toThrow(/facts\.question_asks\.says_what_is_asked names "wondering"/);
    await writeFile(file, text.replace('leaves_unstated: [holder_refuses, has_capacity, unknown]', 'leaves_unstated: [holder_refused, has_capacity, unknown]'));
    await expect(loadFactVocabulary(dir)).rejects.toThrow(/facts\.consent\.leaves_unstated names "holder_refused"/);
    await writeFile(file, text.replace('- { below: 13, value: under_13 }', '- { below: 13, value: under_twelve }'));
    await expect(loadFactVocabulary(dir)).rejects.toThrow(/facts\.child_under_13\.age_bands names "under_twelve"/);
    await writeFile(file, text.replace(/ {4}age_bands:\n {6}- \{ below: 18, value: child \}\n {6}- \{ value: adult \}\n/, ''));
    await expect(loadFactVocabulary(dir)).rejects.toThrow(/facts\.age needs both age_patterns and age_bands/);
    const safeguarding = path.join(dir, 'facts', 'safeguarding.yml');
    const safeguardingText = await readFile(safeguarding, 'utf8');
    await writeFile(file, text);
    await writeFile(safeguarding, safeguardingText.replace('unless: { age: [adult] }', 'unless: { age: [grown_up] }'));
    await expect(loadFactVocabulary(dir)).rejects.toThrow(/facts\.child_harm\.unless\.age names "grown_up"/);
    await writeFile(safeguarding, safeguardingText.replace('unless: { age: [adult] }', 'unless: { years: [adult] }'));
    await expect(loadFactVocabulary(dir)).rejects.toThrow(/facts\.child_harm\.unless names "years", which is not a fact/);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('the past that decides which disclosure scheme applies', () => {
  it("reads violence to a former partner as partner violence, even with a child in the house", () => {
    expect(fact('Health visitor. Mum of a 2 year old has a new partner with a conviction for GBH against a previous girlfriend. Can I ask the police?', 'past_offending')).toBe('partner_violence');
    expect(fact('my patient thinks her new bloke beat up his ex, how can she find out', 'past_offending')).toBe('partner_violence');
  });

  it('reads sexual offending against children as the child sex offender scheme, and a general assault history as neither', () => {
    expect(fact("mum says her boyfriend is on the sex offenders register and she has two girls", 'past_offending')).toBe('child_sexual');
    expect(fact('new partner has convictions for sexual offences against children, can we tell the mum?', 'past_offending')).toBe('child_sexual');
    expect(fact('patient with a history of assaults on staff wants his notes', 'past_offending')).toBeUndefined();
  });
});

describe('nursing titles that are not relatives', () => {
  it("reads a ward sister or charge nurse as health staff, not family", () => {
    expect(fact('Ward sister: police have asked us to keep a patient on the ward until they arrive. Can we?', 'asker')).toBe('health');
    expect(fact("I'm the charge nurse on nights, police are asking whether a patient is here", 'asker')).toBe('health');
  });
});

describe('a missing person, an old person and a duty to refuse', () => {
  it("does not read a child at risk where the only age given is an adult's", () => {
    expect(fact('DC. An 84 year old resident of a care home says a carer hit her. Can we take a statement?', 'child_harm')).toBeUndefined();
    expect(fact('Mum (28) says her partner hits the 4 year old', 'child_harm')).toBe('suspected');
    expect(fact("she came in with a 25 year old man who says he's her boyfriend, she is 14, and he hits her", 'child_harm')).toBe('suspected');
    expect(fact("she's 30 weeks pregnant and using heroin most days", 'age')).toBeUndefined();
    expect(fact('Mrs P (88, fully with it) told our deputy a care worker slapped her hand', 'age')).toBe('adult');
  });

  it('reads someone missing or found wandering, but not a missed court date or dose, as a missing person', () => {
    expect(fact('misper 31yo, 2 wks no contact. will her new GP tell me if she has been seen?', 'person_missing')).toBe('missing');
    expect(fact('Paramedic. Found an 84 yr old man with dementia wandering by the canal at 4am', 'person_missing')).toBe('missing');
    expect(fact("There's a warrant out for him for missing court. Do we have to ring the PC when he's discharged?", 'person_missing')).toBeUndefined();
    expect(fact('DC. An 84 year old resident of a care home with dementia says a carer hit her.', 'person_missing')).toBeUndefined();
  });

  it('reads "do we have to say no?" as asking about refusing, not about a duty to share', () => {
    expect(fact("Our policy says we only release records with the patient's signed consent. Do we have to say no?", 'question_asks')).toBe('something_else');
  });
});

describe('driving as a job, and who was driving', () => {
  it('reads a lorry or taxi driver as a job, not a road traffic matter, unless the question is about driving', () => {
    expect(fact('a retired long-distance lorry driver told me at 3am that he killed a man in 1989', 'crime_topic')).toBeUndefined();
    expect(fact("lorry driver had a seizure in his cab and says once he's had a coffee he's driving the last 80 miles", 'crime_topic')).toBe('road_traffic');
  });

  it('reads the police wanting to know who was driving, but not a patient about to drive', () => {
    expect(fact('Paramedic - at an RTC the police asked us which casualty was behind the wheel. Are we obliged to say?', 'driver_identity')).toBe('asked');
    expect(fact("traffic PC. car hit a pedestrian, driver didnt stop. got a CCTV still. can the GP tell me his name?", 'driver_identity')).toBe('asked');
    expect(fact("Woman who came in drunk is now sat in the driver's seat in our car park with the engine running. Can I ring the police?", 'driver_identity')).toBeUndefined();
  });
});

describe('a personal data breach', () => {
  it('reads information already sent to the wrong person as a breach, and how much harm it could do', () => {
    const internal = 'ward clerk, i accidently emailed a discharge summary to the wrong consultants secretary in our own trust. she deleted it straight away. do we report it to the ICO?';
    expect(fact(internal, 'data_breach')).toBe('occurred');
    expect(fact(internal, 'breach_risk')).toBe('low');
    const victim = "DC. I sent the suspect's solicitor the victim's unredacted statement by mistake; it has her new address.";
    expect(fact(victim, 'data_breach')).toBe('occurred');
    expect(fact(victim, 'breach_risk')).toBe('high');
  });

  it('does not read a breach that is only feared, or a new address the police want, as one', () => {
    expect(fact('team lead says under GDPR we need her written consent first or its a data breach', 'data_breach')).toBeUndefined();
    expect(fact('team lead says under GDPR we need her written consent first or its a data breach', 'consent')).toBe('not_asked');
    expect(fact('We have a new address for him, can we give it to the police?', 'breach_risk')).toBeUndefined();
  });
});

describe('the custody record', () => {
  it('reads a request to see the custody record, but not what is written on it', () => {
    expect(fact("Duty solicitor wants to read my detainee's custody record before her consultation", 'custody_record')).toBe('asked');
    expect(fact('the appropriate adult wants to look at the custody record straight away', 'custody_record')).toBe('asked');
    expect(fact("The OIC wants what she told the nurse written up on the custody record", 'custody_record')).toBeUndefined();
    expect(fact("the officer says the medical history is 'for the custody record'. Do I have to tell them?", 'custody_record')).toBeUndefined();
  });
});

describe('whole records, onward sharing, threats, unchecked callers and orders not seen', () => {
  it('reads "his complete trust record, every entry back to 2011" as the whole record', () => {
    expect(fact("The inspector wants us to send over his complete trust record, every entry back to 2011. Do I have to give them the lot?", 'record_scope')).toBe('whole');
  });

  it('reads a school forwarding an Encompass email to all staff as passing it on', () => {
    expect(fact('After an Encompass notification the head asked whether she could forward our email to every member of staff. OK?', 'onward_sharing')).toBe('planned');
  });

  it("reads running off saying he'll finish his ex tonight as a risk to others now, and 'do for' as a threat", () => {
    const glassed = 'PC at A&E - pt just glassed a nurse then ran off saying hes going to finish his ex tonite. should they give me his name?';
    expect(fact(glassed, 'risk')).toBe('others');
    expect(fact(glassed, 'urgency')).toBe('emergency');
    expect(fact("He told me he is going to 'do for' his brother-in-law. Can I tell anyone?", 'risk')).toBe('others');
  });

  it('reads a caller who will not give a callback number as not yet checked', () => {
    expect(fact("man rang saying hes CID, wants a pts new addy asap, wont give a callback no, just keeps saying 'im police'", 'caller_identity')).toBe('unverified');
  });

  it('reads an order left at the station as not seen, and an order the officer would skip as not held', () => {
    expect(fact("PC at the desk says a judge has ordered a pt's notes released but hes left the order at the station", 'instrument')).toBe('order_not_seen');
    expect(fact('A colleague reckons we should skip the production order and just ask again', 'instrument')).toBeUndefined();
  });
});

describe('a reported rule to stop, and pharmacy staff', () => {
  it('reads "says we have to stop all referrals" as asking about stopping, not about a duty to share', () => {
    expect(fact('A new inspector says we have to stop all referrals until a sharing agreement is signed. Is he right?', 'question_asks')).toBe('something_else');
    expect(fact('The sergeant says we have to tell the GP. Is that right?', 'question_asks')).toBe('duty');
  });

  it('reads a pharmacy tech or dispenser as health staff', () => {
    expect(fact('pharmacy tech here, police rang asking about a customer', 'asker')).toBe('health');
  });
});

describe('an attack told in passing', () => {
  it('reads "her boyfriend went for her with a kitchen knife" as an attack', () => {
    expect(fact('she said her boyfriend went for her with a kitchen knife during a row and she put her arm up', 'injury_cause')).toBe('attack');
  });
});

describe('an abuse allegation in a care service, and medicines bought in quantity', () => {
  it("reads a resident saying a carer slapped her as an allegation of abuse", () => {
    expect(fact('Mrs P (88) told our deputy that a night care worker slapped her hand hard. Do we have to notify CQC?', 'care_incident')).toBe('abuse_allegation');
    expect(fact('DC. Investigating an alleged assault by a carer on a resident at a nursing home. Do I have to notify CQC?', 'care_incident')).toBe('abuse_allegation');
  });

  it('reads buying codeine in quantity as medicines, not explosives precursors or poisons', () => {
    expect(fact('an officer wants to know which customers have been buying large amounts of codeine', 'chemical_purchase')).toBe('medicine');
    expect(fact('customer tried to buy loads of hydrogen peroxide and acetone and would not say what for', 'chemical_purchase')).not.toBe('medicine');
  });
});

describe('going through notes with someone', () => {
  it('reads "can I go through it with him?" as telling the relative named before', () => {
    expect(fact("The husband of one of my patients came in on his own, worried about her memory. She doesn't know he's come. Can I go through it with him?", 'recipient')).toBe('family');
  });
});

describe('a plan against a public event', () => {
  it("reads 'sorting out something for the parade' as terrorism and a risk to others", () => {
    const q = "he said calmly that they're 'sorting out' something for the parade in town next month and he's been asked to drive the van";
    expect(fact(q, 'crime_topic')).toBe('terrorism');
    expect(fact(q, 'risk')).toBe('others');
  });
});

describe('permission asked before duty', () => {
  it('reads "Can I share, and do I have to?" as asking permission first, and "Do I have to share it?" as not', () => {
    expect(fact('My team leader says we have no choice. Can I share, and do I have to?', 'permission_asked')).toBe('first');
    expect(fact('Do I have to share it?', 'permission_asked')).toBeUndefined();
  });
});

describe('words that only look like a fact', () => {
  it('reads a house full of newspapers as no media enquiry, and the local newspaper ringing as one', () => {
    expect(fact('PC. Sudden death yesterday, house full of newspapers and candles. Can we refer the widower to the fire service?', 'media_enquiry')).toBeUndefined();
    expect(fact('A reporter from the local newspaper rang asking about our patient', 'media_enquiry')).toBe('asked');
  });
  it('reads a phone going missing, a partner walking out and a customer leaving a shop as no missing person', () => {
    expect(fact('My phone went missing from my clinic room on Tuesday; only six patients were in', 'person_missing')).toBeUndefined();
    expect(fact("He won't tell her; he says she walked out on him years ago", 'person_missing')).toBeUndefined();
    expect(fact('I refused the sale and he walked out. Can I ring someone?', 'person_missing')).toBeUndefined();
    expect(fact('A voluntary patient walked out of the ward an hour ago. Can we tell the police?', 'person_missing')).toBe('missing');
  });
  it("reads a child's quoted 'daddy hits me' as the child harmed, not staff", () => {
    expect(fact("the 4yo told me 'daddy hits me with his belt when I'm naughty'", 'victim')).toBe('patient');
    expect(fact('Patient hit me during triage. Can I report him?', 'victim')).toBe('staff');
  });
});

describe('appointments, urgency claimed, consent not known, and a chair thrown at staff', () => {
  it('reads patients booked in at 2pm as no one in custody, and a detainee booked in as in custody', () => {
    expect(fact('Sarge wants the names of everyone booked in at 2pm at the surgery', 'custody')).toBeUndefined();
    expect(fact('custody sgt. lad booked in with his own sertraline', 'custody')).toBe('in_custody');
  });
  it("reads a DC saying it's urgent as no emergency", () => {
    expect(fact("Police want a witness statement from me. DC says it's urgent. Can I send it?", 'urgency')).toBe('routine');
  });
  it("reads 'nobody has mentioned whether she's agreed' as consent not known", () => {
    expect(fact("Nobody has mentioned whether she's agreed to me giving details. Can I send it?", 'consent')).toBeUndefined();
    expect(fact('She has agreed I can tell her GP', 'consent')).toBe('given');
  });
  it('reads a patient throwing a chair at one of our receptionists as staff harmed', () => {
    expect(fact('A patient threw a chair at one of our receptionists because his repeat was not ready', 'victim')).toBe('staff');
  });
});

describe('a death, a drive and an emergency that are not the person’s', () => {
  it('reads a phone line going dead as no death', () => {
    expect(fact('Ambulance had a 999 from a woman who was screaming then the line went dead', 'deceased')).toBeUndefined();
  });
  it('reads a mate who drove off as no driving risk, and a patient who just drove off as one', () => {
    expect(fact('Victim was dumped at A&E by a mate who drove off before we got there', 'driving_risk')).toBeUndefined();
    expect(fact('Patient drunk, just drove off from the car park. Can I ring the police?', 'driving_risk')).toBe('imminent');
  });
  it('reads asking whether wounds were life threatening as no emergency', () => {
    expect(fact('CPS want to know if the wounds were life threatening before they charge', 'urgency')).toBe('routine');
  });
  it('reads booked in at A&E or for planned surgery as no one in custody', () => {
    expect(fact("Rang the local A&E to ask if she'd been booked in overnight", 'custody')).toBeUndefined();
    expect(fact('He is booked in for planned surgery at the county hospital', 'custody')).toBeUndefined();
  });
});

describe('a duty asked with a word in between', () => {
  it('reads "do we actually have to warn him?" as asking about a duty, and "do I still need to get consent?" as not', () => {
    expect(fact('Credible intel he will be shot this week. Do we actually have to warn him?', 'question_asks')).toBe('duty');
    expect(fact('does the GP really have to tell us?', 'question_asks')).toBe('duty');
    expect(fact('Do I still need to get consent?', 'question_asks')).toBe('something_else');
    expect(fact('do we really have to wait for a court order?', 'question_asks')).toBe('something_else');
  });
});

describe('an anonymous letter', () => {
  it('reads an anonymous letter reporting something as neither a request form nor anonymised data', () => {
    const question = 'We got an anonymous letter saying one of our patients is selling his prescribed meds. Do we have to report it?';
    expect(fact(question, 'instrument')).toBeUndefined();
    expect(fact(question, 'data_form')).toBeUndefined();
    expect(fact('The police sent a letter asking for his records', 'instrument')).toBe('request_form');
    expect(fact('Can we give the VRU anonymised figures on assaults?', 'data_form')).toBe('anonymised');
  });
});

describe('a record looked at for a personal reason', () => {
  it("reads looking at a relative's or colleague's record, or one outside the reader's care, as a personal look-up", () => {
    expect(fact("can i peek at my nans blood results on ICE, i work in the lab", 'record_lookup')).toBe('personal');
    expect(fact("I'm not involved in her care but my login would let me open her notes", 'record_lookup')).toBe('personal');
    expect(fact('copper here, ran my new girlfriends name on PNC just to check, am i in trouble', 'record_lookup')).toBe('personal');
    expect(fact('The DC wants to look at her records for the investigation. Can I show him?', 'record_lookup')).toBeUndefined();
  });
});

describe('telling the person about a disclosure, and a child harmed', () => {
  it('reads asking whether to tell the patient or a parent about sharing as a question about telling them', () => {
    expect(fact('do i have to tell the patient i gave his details to the police', 'informing_subject')).toBe('asked');
    expect(fact('Health visitor: do I tell mum before I make a child protection referral?', 'informing_subject')).toBe('asked');
    expect(fact('DC: if the GP gives us the records, will they tell the suspect?', 'informing_subject')).toBe('asked');
    expect(fact('We shared his risk history with the police. Does he have a right to be told what went?', 'informing_subject')).toBe('asked');
  });
  it('reads a request not to tell the patient about a police request as no question about telling him', () => {
    expect(fact("They've asked us not to tell him about the request. Am I legally obliged to send it?", 'informing_subject')).toBeUndefined();
  });
  it("reads a child's 'secret touching' as a child at risk", () => {
    expect(fact("The 7 year old told me that mum's boyfriend does 'secret touching' at bath time", 'child_harm')).toBe('suspected');
  });
});

describe('a threat to someone’s life told as intelligence', () => {
  it('reads a credible threat, being named in threats, or someone wanting a man dead as a risk to others, not a death', () => {
    expect(fact("Witness in an upcoming trial has been named in threats from the defendant's family. Are we obliged to let her know?", 'risk')).toBe('others');
    expect(fact('Credible threat against a GP from a patient’s family. How much of the intel can we give the GP?', 'risk')).toBe('others');
    const wantsDead = "we've got intel someone wants a man dead, can the police just tell him";
    expect(fact(wantsDead, 'risk')).toBe('others');
    expect(fact(wantsDead, 'deceased')).toBeUndefined();
  });
});

describe('a relative asking where someone is held', () => {
  it("reads asking which station he's at, or whether he has been arrested, as someone in custody", () => {
    expect(fact("A woman says her husband was arrested last night and wants to know which station he's at. Do we tell her?", 'custody')).toBe('in_custody');
    expect(fact('a girlfriend keeps ringing asking whether her boyfriend has been arrested and what for', 'custody')).toBe('in_custody');
  });
});

describe('sharing for care, told in other words', () => {
  it('reads follow-up, a service that will treat him, and telling a care home about new medicines as direct care', () => {
    expect(fact("can I send information to the patient's GP for follow-up without written consent?", 'purpose')).toBe('direct_care');
    expect(fact('Do I need explicit consent to refer a patient on to another service that will treat him?', 'purpose')).toBe('direct_care');
    expect(fact('can I phone the care home that looks after a resident to tell them about her new medicines?', 'purpose')).toBe('direct_care');
    expect(fact('The officers guarding him on the ward want to know his diagnosis', 'purpose')).toBeUndefined();
  });
});

describe('an offence the patient owns up to, told in other words', () => {
  it('reads shoplifting, dealing, benefit fraud or a crime a patient confesses to as an offence admitted', () => {
    expect(fact('pt told me he shoplifts regularly, do i need to report him', 'own_offence')).toBe('admitted');
    expect(fact('During a medication review my patient mentioned he deals cannabis to friends', 'own_offence')).toBe('admitted');
    expect(fact("Patient says he's been claiming benefits he isn't entitled to. Should I tell anyone?", 'own_offence')).toBe('admitted');
    expect(fact('Is there a legal duty to report a crime a patient confesses to?', 'own_offence')).toBe('admitted');
    expect(fact('she told me that she deals with the police a lot', 'own_offence')).toBeUndefined();
  });
});

describe('an emergency told as an evacuation or a life at risk', () => {
  it("reads someone's life being at risk, an evacuation or a gas leak as an emergency", () => {
    expect(fact('no isa in place but someones life is at risk, can i just share', 'urgency')).toBe('emergency');
    expect(fact('Half the estate has been evacuated because of a gas leak', 'urgency')).toBe('emergency');
    expect(fact('we need to know which of the evacuated residents have mobility needs', 'urgency')).toBe('emergency');
  });
});

describe('partner abuse told in everyday words', () => {
  it("reads 'husband assaults her', 'bf beats her' and 'her husband has been slapping her' as the patient harmed", () => {
    expect(fact('pt says husband assaults her, can we respect her wishes?', 'victim')).toBe('patient');
    expect(fact('pt says bf beats her, shes an adult n says no police', 'victim')).toBe('patient');
    expect(fact('she told me her husband has been slapping and shoving her for years', 'victim')).toBe('patient');
  });
  it('reads a crime a patient tells us about as no offence the patient admitted', () => {
    expect(fact('does a doctor have to report a crime a patient tells them about, like being assaulted by their partner', 'own_offence')).toBeUndefined();
  });
});

describe('an attacker still at large, and a driver who hit someone', () => {
  it("reads 'whoever did it is still out there and has hurt others tonight' as a risk to others", () => {
    expect(fact('Police say whoever did it is still out there and has hurt others tonight. Can we give them his name?', 'risk')).toBe('others');
  });
  it('reads the police showing a still of a driver who hit a pedestrian as asking who was driving', () => {
    expect(fact('police showed me a CCTV image of a driver who hit a pedestrian and drove off. I recognise him as a patient', 'driver_identity')).toBe('asked');
  });
});

describe('a patient wanted for a serious crime, and a call before discharge', () => {
  const question = "Patient recovering from an op is wanted by police for a stabbing last week. They've asked us to ring them when he's about to be discharged. Is that ok?";
  it('reads a patient wanted by the police for a stabbing as a suspect in a serious crime', () => {
    expect(fact(question, 'record_subject')).toBe('suspect');
    expect(fact(question, 'offence_seriousness')).toBe('serious');
  });
  it("reads 'ring them when he's about to be discharged' as the police wanting to know of the discharge", () => {
    expect(fact(question, 'police_wants')).toBe('discharge_notice');
  });
});

describe('a refusal, and a whole department record', () => {
  it("reads 'he has capacity and says no' as consent refused, and 'his whole ED record' as the whole record", () => {
    const question = 'Two officers want a photocopy of his whole ED record. I rang him via the custody nurse and he has capacity and says no.';
    expect(fact(question, 'consent')).toBe('refused');
    expect(fact(question, 'record_scope')).toBe('whole');
  });
});

describe('a police front counter', () => {
  it('reads a question from the front counter, or about checks that came back, as asked by the police', () => {
    expect(fact("Grandad at the front counter asking under Sarah's Law about his daughter's new partner. Does it go to him?", 'asker')).toBe('police');
    expect(fact("Sarah's law application from a mum about her boyfriend. Checks came back - he has convictions. Should we tell her?", 'asker')).toBe('police');
  });
});

describe('where a disclosure has to go', () => {
  it('reads "does the info have to go to the sister who applied?" as asking about a duty', () => {
    expect(fact("The panel agreed to disclose. Does the info have to go to the sister who applied?", 'question_asks')).toBe('duty');
  });
});

describe('police staff by job title', () => {
  it('reads a police analyst as asked by the police', () => {
    expect(fact('Police analyst working on the serious violence needs assessment. Can we share our violence data with the council?', 'asker')).toBe('police');
  });
});

describe('a van driver, a neglected child, a stolen bike and legal advice', () => {
  it('reads a patient who "drives a van for a delivery firm" as a driver, not a vehicle attack', () => {
    expect(fact('Patient in his 50s who drives a van for a delivery firm, still driving after two seizures. Do I ring the police?', 'crime_topic')).not.toBe('terrorism');
    expect(fact('He said he would drive a van into the crowd at the parade. Who do I tell?', 'crime_topic')).toBe('terrorism');
  });

  it('reads a changing account of a scald and a parent smelling of alcohol as a concern about a child', () => {
    expect(fact('Called to a 4 yr old with a scald. The story about the scald kept changing. Do I refer?', 'child_harm')).toBe('suspected');
    expect(fact('Home visit to a toddler, dad smelling of alcohol and no food in the house. Do I refer?', 'child_harm')).toBe('suspected');
    expect(fact('Three kids under 8, house is a tip and mum is struggling, but nothing that makes me think theyre being harmed. Can I refer?', 'child_harm')).toBe('none');
  });

  it('reads a stolen pushbike as a minor offence', () => {
    expect(fact('Someone nicked a pushbike from outside the health centre. Can the practice give me his name?', 'offence_seriousness')).toBe('minor');
  });

  it("reads advice from the trust's solicitors as legally privileged", () => {
    expect(fact("Coroner's notice asks for all documents incl. the advice our solicitors gave us on likely litigation. Do we hand it over?", 'legal_privilege')).toBe('privileged');
    expect(fact('Do we have to hand over legally privileged material to the coroner?', 'legal_privilege')).toBe('privileged');
  });
});

describe('who holds the records and who may have them', () => {
  it('reads "there\'s no court order" as leaving the court out of the story', () => {
    expect(fact("Dental receptionist here. A man rang saying he's the dad of a 7 yr old patient and wants her notes. There's no court order. Can we send him them?", 'recipient')).not.toBe('court');
  });

  it("reads a school's attendance officer as the school, not the police", () => {
    expect(fact('Receptionist here. The attendance officer at a local primary school phoned asking whether a 9 year old has seen a GP. Can I tell them?', 'recipient')).toBe('school');
  });

  it('reads a father not on the birth certificate as without parental responsibility', () => {
    expect(fact("Mum says they were never married and he's not on the birth certificate. Can we send the dad his daughter's notes?", 'parental_responsibility')).toBe('none');
  });

  it('reads a daughter whose brother is the executor, and who plans no claim, as neither', () => {
    expect(fact("Daughter of a patient who died wants mum's notes. Her brother is the executor, not her, and she says she isn't planning any claim.", 'records_applicant')).toBe('neither');
  });

  it('reads "no signs of coercion or exploitation" as no concern, and coming in alone for the pill as none either', () => {
    expect(fact('A 15-year-old came in on her own for the pill. Consensual, no signs of coercion or exploitation. Do I tell mum?', 'child_harm')).toBe('none');
    expect(fact('The 6 year old is left on his own for hours. Do I refer?', 'child_harm')).toBe('suspected');
  });

  it("reads a form signed by the patient authorising her solicitors as consent, and 'we can refuse' as no refusal by the patient", () => {
    const question = 'Solicitors acting for her have enclosed a form signed by her authorising them to get her records. Our admin lead says we can refuse. Is that right?';
    expect(fact(question, 'consent')).toBe('given');
    expect(fact(question, 'recipient')).toBe('solicitor');
    // The holder refusing says nothing of the patient's consent.
    expect(fact('Our admin lead says we can refuse because it is for a criminal case. Is that right?', 'consent')).toBeUndefined();
  });
});

describe('harm threatened by fire, and a child living with domestic abuse', () => {
  it("reads a threat to burn a neighbour's house down as a risk to others", () => {
    expect(fact("My client told me he's going to burn his neighbour's house down tonight. Do I ring 999?", 'risk')).toBe('others');
  });

  it("reads a dad who beats the child's mum as a concern about the child", () => {
    expect(fact("Year 10 lad told me his dad beats his mum most weekends. He says don't tell anyone. Do I have to report it?", 'child_harm')).toBe('suspected');
    expect(fact('The 8 year old has been living with domestic abuse for years. Can I share with the school?', 'child_harm')).toBe('suspected');
  });
});

describe("an ambulance service's own records", () => {
  it('reads a 999 recording, a patient care record or the crew\'s notes as asked for, and a patient brought in by ambulance as not', () => {
    expect(fact('DC here: how do I get the 999 call audio and the PCR from the ambulance trust?', 'ambulance_record')).toBe('asked');
    expect(fact("The police want a copy of my electronic notes for their case file. Can I send it?", 'ambulance_record')).toBe('asked');
    expect(fact('An ambulance crew brought a man into A&E after a fight outside a pub. Can the hospital give me his name?', 'ambulance_record')).toBeUndefined();
  });
});

describe('who told of FGM, a look-up on police systems, a request for someone else, and an adult boyfriend', () => {
  it('reads a girl under 18 telling of FGM done when younger as the girl, and a mother telling of her daughter as not known', () => {
    expect(fact('school nurse - 15 y/o says she had FGM done as a kid. can i just tell our safeguardng lead?', 'fgm_subject')).toBe('girl_disclosed');
    expect(fact('A 27 year old told me she had FGM done as a child before she came to the UK.', 'fgm_subject')).toBe('woman');
    expect(fact('HV - mum says her 7 y/o had FGM done abroad. do i ring 101?', 'fgm_knowledge')).toBe('suspected');
  });

  it('reads an officer asking leave to run someone on PNC as a look for themselves', () => {
    expect(fact("PC - sister's new bf gives me bad vibes. can i quickly run him on PNC?", 'record_lookup')).toBe('personal');
  });

  it('reads staff asking whether they can put in a subject access request as asking for someone else', () => {
    expect(fact("DS - A&E wont release suspect's notes. can we just submit a subject access request?", 'access_applicant')).toBe('someone_else');
  });

  it('reads a 14-year-old with a 22-year-old boyfriend as a concern about the child', () => {
    expect(fact('GP - 14 y/o wants the pill, bf is 22, says keep it secret. can i?', 'child_harm')).toBe('suspected');
  });

  it('reads "confidentiality ends at death" as that premise', () => {
    expect(fact('pt died in A&E. confidentiality ends at death so hosp can hand us his notes, yeah?', 'premise')).toBe('confidentiality_ends_at_death');
  });

  it('reads "can she refuse?" as asking about refusal, and "do I have to, or can I refuse?" as asking about the duty', () => {
    expect(fact("ward clerk won't say if he's an inpatient. can she refuse?", 'question_asks')).toBe('refusal');
    expect(fact('Is she entitled to refuse me?', 'question_asks')).toBe('refusal');
    expect(fact('do i have to tell mum, or can i refuse?', 'question_asks')).toBe('duty');
  });
});

describe("a coroner's notice among other requests, a DP form, a threat to life, and a hospital's own blood", () => {
  it("reads a notice from the coroner requiring records to be produced as a coroner's notice, not a court order", () => {
    expect(fact('Today a formal notice arrived signed by the senior coroner requiring us to produce the custody record by a set date.', 'instrument')).toBe('coroner_notice');
  });

  it('reads "my DP form" as a request form', () => {
    expect(fact("GP surgery is sitting on my DP form for my suspect's records. once its authorised they have to comply dont they?", 'instrument')).toBe('request_form');
  });

  it('reads "data protection doesn\'t cover dead people" as the premise that confidentiality ends at death', () => {
    expect(fact("Surely data protection doesn't cover dead people, so they can just hand the notes over?", 'premise')).toBe('confidentiality_ends_at_death');
  });

  it('reads a threat to life as an emergency and a risk to others', () => {
    const question = 'sgt - threat to life, need to know if a pt is there now. hospital IG says no DP form, no info. right?';
    expect(fact(question, 'urgency')).toBe('emergency');
    expect(fact(question, 'risk')).toBe('others');
  });

  it("reads what is left of a patient's A&E blood as the hospital's own, and the ICU registrar as the treating doctor", () => {
    expect(fact("can the lab just give me whats left of his A&E blood?", 'specimen')).toBe('hospital_results');
    expect(fact('driver is sedated on ICU. can i just ask the ICU reg to take a blood sample for us while hes doing his routine bloods?', 'specimen')).toBe('treating_doctor_asked');
  });

  it('reads a woman found dead at home with head injuries as a possible homicide', () => {
    expect(fact('A 52-year-old woman was found dead at home with head injuries. Her partner made the 999 call.', 'offence_seriousness')).toBe('serious');
  });
});

describe('the IOPC', () => {
  it('reads the IOPC as who would receive the information, and its information notice as a statutory requirement', () => {
    const question = "The IOPC served an information notice on the trust asking for his ED records within 28 days. Do we have to send them?";
    expect(fact(question, 'instrument')).toBe('statutory_request');
    expect(fact('the police watchdog wants our A&E notes on a man hurt during an arrest. do we have to give them to the IOPC?', 'recipient')).toBe('iopc');
  });
});

describe('a call to say something, not to ask', () => {
  it('reads a parent who rang in tears saying she does not consent as telling, not asking, unless a request follows in the sentence', () => {
    expect(fact('The social worker has asked me for my records. Mum rang me in tears saying she does not consent. Can I still share?', 'recipient')).toBe('social_care');
    expect(fact("Her aunt has now emailed me saying she's on the girl's side and wants to know what's been reported. Can I fill her in?", 'recipient')).toBe('family');
    expect(fact("The coroner's officer wants his PRF. His mum rang me saying she doesn't want his private stuff dragged up. Do I have to send it?", 'recipient')).toBe('coroner');
  });
});

describe('FGM seen, and reported by someone in another profession', () => {
  it('reads signs seen on examination as seen, whatever a parent said, and a teacher having phoned the police as another profession reporting', () => {
    const question = "On examination there are physical signs that look like FGM. Mum tells me the girl's class teacher already phoned the police about this last month.";
    expect(fact(question, 'fgm_knowledge')).toBe('seen');
    expect(fact(question, 'already_reported')).toBe('other_profession');
    expect(fact('My GP partner saw her three weeks ago and made the FGM notification to the police herself.', 'already_reported')).toBe('yes');
  });
});

describe('English places, a sister who is a health visitor, and FGM described as being cut', () => {
  it('reads an English county named first as not Wales, without making England the topic', () => {
    expect(fact('Health visitor employed by an NHS trust in Gloucestershire. My sister is a health visitor in Cardiff. Should I refer?', 'place')).toBeUndefined();
  });

  it('does not read a relative named only in passing as a personal contact asking', () => {
    expect(fact("My sister is a health visitor in Cardiff. Mum begged me not to tell social services because her mother-in-law would find out.", 'request_route')).toBeUndefined();
  });

  it('reads a girl cut as a child on a family trip as FGM', () => {
    expect(fact("She told me she was 'cut' when she was about six, on a family trip abroad.", 'crime_topic')).toBe('fgm');
  });
});

describe('extremist views without a plan', () => {
  it('reads extremist videos and "terrorism law" said of views as radicalisation, and a bomb plan as terrorism', () => {
    expect(fact("He watches videos from an extremist group and agrees with a lot of what they say. Under terrorism law I have to phone the police, right?", 'crime_topic')).toBe('radicalisation');
    expect(fact('He told me he is making a bomb for the parade. Under terrorism law do I have to tell the police?', 'crime_topic')).toBe('terrorism');
  });
});

describe('passing on whether someone is on the sex offenders register', () => {
  it('reads a neighbour who means to warn the street on Facebook as planning to pass it on', () => {
    expect(fact("neighbour wants to know if the bloke at no 12 is 'on the sex offenders register' - says shes going to warn the street on the local facebook group", 'onward_sharing')).toBe('planned');
  });
});

describe("a shoplifter, and 'doesn't she have to?'", () => {
  it("reads a shoplifter as a minor offence and \"doesn't she have to tell me?\" as asking about a duty", () => {
    expect(fact('the OIC keeps asking whether the shoplifter told me he uses heroin. can i tell him?', 'offence_seriousness')).toBe('minor');
    expect(fact("She won't confirm his HIV status to me. Doesn't she have to tell me?", 'question_asks')).toBe('duty');
  });
});

describe('a child locked in and kept without food', () => {
  it('reads a stepdad who locks a child in her room without food as a concern about the child', () => {
    expect(fact("A Year 4 pupil told me her stepdad locks her in her room without food when she's 'bad'. Do I refer?", 'child_harm')).toBe('suspected');
  });
});

describe('footage of the person asking, and a full box of paracetamol', () => {
  it('reads a request for CCTV or body-worn video of oneself as a subject access request', () => {
    expect(fact('A man has asked for CCTV of himself in our A&E waiting room. Can we refuse?', 'subject_access')).toBe('made');
    expect(fact("He's emailed asking for a copy of the body-worn video of his arrest. Is my inspector right?", 'subject_access')).toBe('made');
  });

  it('reads a caller who took a full box of paracetamol and hung up as an emergency', () => {
    expect(fact("a caller had told them he'd taken a full box of paracetamol with vodka, then hung up", 'urgency')).toBe('emergency');
  });
});

describe("'do I have to tell her parents?'", () => {
  it('reads it as asking about a duty, not about telling the patient', () => {
    expect(fact("school nurse - 15 y/o wants the pill, boyfriend is 16. Do I have to tell her parents or the school?", 'question_asks')).toBe('duty');
    expect(fact('I shared it with the police. Do I have to tell her?', 'question_asks')).toBe('something_else');
  });
});

describe('a patient stalking a member of staff', () => {
  it('reads a patient fixated on one of our receptionists as staff harmed', () => {
    expect(fact('A patient has become fixated on one of our receptionists - waiting at her bus stop. The police want his address. Can we give it?', 'victim')).toBe('staff');
  });
});

describe("a council officer", () => {
  it('reads the council ASB officer as the local authority, not the police', () => {
    expect(fact('council ASB officer wants our incident logs for a council tenant. can we share?', 'recipient')).toBe('social_care');
  });
});

describe('a warning marker on police systems', () => {
  it('reads someone asking about warning markers on our systems as the police', () => {
    expect(fact("paramedics at my job asking if the male has any violence warning markers on our systems. am i ok to tell them?", 'asker')).toBe('police');
  });
});

describe('a device being built for a march', () => {
  it('reads a cousin building something to set off at a march as terrorism', () => {
    expect(fact("Patient told me today his cousin is building something to set off at a march on Saturday. Do I need to tell anyone?", 'crime_topic')).toBe('terrorism');
  });
});

describe('conscientious objection, and the DVLA', () => {
  it("reads a GP who is a conscientious objector to firearms work, and a question about telling the DVLA as a driving matter even of a van driver", () => {
    expect(fact("applicant's GP has told us she's a conscientious objector and won't do the medical proforma. can she actually refuse??", 'conscientious_objection')).toBe('stated');
    expect(fact('neuro reg - new dx epilepsy in 35yo van driver. am i legally required to tell DVLA myself?', 'crime_topic')).toBe('road_traffic');
  });
});

describe('a two-word role opening the question, a cell, and what a driver said he drank', () => {
  it('reads every word of the opening role as who asks: a relative ringing after it is the one asking', () => {
    expect(fact("practice nurse - pt's husband rang asking for her smear results, she's 45. can i tell him?", 'recipient')).toBe('family');
  });

  it('reads a man in our cells as in custody', () => {
    expect(fact('sgt here - bloke in our cells says hes diabetic, can the custody nurse ring his GP for his insulin dose?', 'custody')).toBe('in_custody');
  });

  it('reads the police asking what a driver said he had drunk as wanting clinical details', () => {
    expect(fact("paramedic - attended an RTC, driver smelt of booze, police asking me what he said he'd drunk. can i tell them?", 'police_wants')).toBe('clinical_details');
  });
});

describe('spans of time, conditions and what a patient said about telling', () => {
  it('reads "about 8 yrs ago" as a time, not an age, and a theft as a teenager as an adult telling of a minor crime', () => {
    expect(fact('GP. pt confessed he nicked stuff from his old job about 8 yrs ago. am i meant to report that?', 'age')).toBeUndefined();
    expect(fact('GP. pt confessed he nicked stuff from his old job about 8 yrs ago. am i meant to report that?', 'offence_seriousness')).toBe('minor');
    expect(fact('Pt told me he shoplifted loads as a teenager. Do I report him to police?', 'age')).toBe('adult');
    expect(fact('17yo lad in resus', 'age')).toBe('child');
  });

  it('reads consent that would change the answer ("unless he agrees") as not given, and "no police" as a refusal', () => {
    const question = "16-year-old with a stab wound keeps saying 'no police'. The nurse says we can't tell the police unless he agrees. Is she right?";
    expect(fact(question, 'consent')).toBe('refused');
    expect(fact('We cannot tell the police unless he agrees. Is that right?', 'consent')).toBeUndefined();
  });

  it("reads a patient who said yes, it's fine to tell his wife, as consent, but not someone asking whether it is ok to tell", () => {
    expect(fact("pt on acute ward, has capacity, just said yes its fine to tell his wife about his meds. am i ok to tell her?", 'consent')).toBe('given');
    expect(fact('is it ok to tell them', 'consent')).toBeUndefined();
  });

  it("reads an officer running a quick PNC on a neighbour's daughter's boyfriend, or his sister's new fella, as a look for himself", () => {
    expect(fact("can i do a quick PNC on my neighbour's 15yo daughter's new bf? off duty but would only take 2 mins", 'record_lookup')).toBe('personal');
    expect(fact('sisters new fella gives me bad vibes, can i just run a quick PNC on him?', 'record_lookup')).toBe('personal');
    expect(fact("PC here. my mates new bf looks dodgy, under clare's law i can just check him on PNC and tell her, cant I?", 'record_lookup')).toBe('personal');
  });
});

describe('a plan to blow up an event, and a crime under investigation', () => {
  it("reads a flatmate making something to 'blow up' an event as terrorism", () => {
    expect(fact("GP: pt just told me his flatmate is making something to 'blow up' an event next month. confidentiality??", 'crime_topic')).toBe('terrorism');
  });

  it("reads a historic child sexual abuse case as the crime investigated, not a person's past offending", () => {
    expect(fact("The OIC in a historic child sexual abuse case wants the complainant's complete record. Do we have to comply?", 'past_offending')).toBeUndefined();
    expect(fact('He has convictions for child sexual offences. Can I tell her?', 'past_offending')).toBe('child_sexual');
  });
});

describe('"tell him nothing", and a MASH police researcher', () => {
  it('reads a patient who said to tell him nothing as refusing', () => {
    expect(fact("woman we're treating fled her dad. he's rung asking which ward she's on. she has capacity & said tell him nothing. can i confirm she's here?", 'consent')).toBe('refused');
  });

  it('reads a MASH police researcher who rang asking as the police asking', () => {
    expect(fact('Health visitor. A MASH police researcher rang asking what we hold on a 2-year-old. Mum does not know. Can I share with them?', 'recipient')).toBe('police');
  });
});

describe('employers, insurers and whole records', () => {
  it("reads an insurer's request for a full printout of the record as the whole record, and a withdrawn consent as a refusal", () => {
    expect(fact("Insurer has a signed consent form but now says just send a full printout of the medical record instead. Is that OK?", 'record_scope')).toBe('whole');
    expect(fact("He read the insurance report and told me he's withdrawing consent. The insurer is chasing. Can I send it?", 'consent')).toBe('refused');
  });

  it("reads an attack planned on a mosque as terrorism, and an officer's other half who is an A&E nurse as a personal contact", () => {
    expect(fact('pt on ward says his cousin is planning an attack on a mosque next week. do i HAVE to tell police?', 'crime_topic')).toBe('terrorism');
    expect(fact("My other half's an A&E nurse. Can she just check his address on their system and text it to me?", 'request_route')).toBe('personal_contact');
  });
});

describe('a late husband, a sole executor and a non-accidental injury', () => {
  it("reads a widow asking for her late husband's records, whose will names his brother as sole executor, as a death and not the personal representative", () => {
    const question = "A widow has emailed a subject access request for her late husband's records. His will names his brother as sole executor. Do we have to send them?";
    expect(fact(question, 'deceased')).toBe('died');
    expect(fact(question, 'records_applicant')).toBe('neither');
  });

  it('reads non-accidental injuries to a child as harm someone caused', () => {
    expect(fact('Safeguarding partners want a chronology on a 3 year old with non-accidental injuries. Must we comply?', 'injury_cause')).toBe('attack');
  });
});

describe('children under five in the house, and a counter-terrorism officer', () => {
  it('reads two kids under 5 in the house at a domestic as children in the household', () => {
    expect(fact("PC: DA call last nite, 2 kids under 5 in the house. mum says dont tell anyone. can we share w HV/SW anyway?", 'household_children')).toBe('present');
  });

  it('reads a CT DS as asking about terrorism', () => {
    expect(fact('CT DS: if a pt tells his GP he n his mates r planning an attack, GP legally has to tell us?', 'crime_topic')).toBe('terrorism');
  });
});

describe('a letter, and confidentiality after death', () => {
  it('reads a letter from solicitors, or solicitors who have written asking, as a request, but not a clinic letter someone wants', () => {
    expect(fact("Practice manager - letter from a firm of solicitors saying we are legally obliged to send the complainant's record. Do we have to send it??", 'instrument')).toBe('request_form');
    expect(fact("The firm's solicitors have written asking for copies of his GP records. Do we have to?", 'instrument')).toBe('request_form');
    expect(fact('Her son wants her latest blood results and the memory clinic letter. Does the LPA override her?', 'instrument')).toBeUndefined();
  });

  it("reads 'now she has died there's no confidentiality issue' as the premise that confidentiality ends at death", () => {
    expect(fact("GDPR only covers living people right? so now mrs k has died theres no confidentiality issue and we can just email her notes to the family?", 'premise')).toBe('confidentiality_ends_at_death');
  });
});

describe('a name and an age', () => {
  it("reads 'Liam is 25,' as an adult, but not 'the wait is 20,'", () => {
    expect(fact("I'm a community mental health nurse. Liam is 25, lives alone. Can I tell his mum?", 'age')).toBe('adult');
    expect(fact('The wait is 20, so can I leave?', 'age')).toBeUndefined();
  });
});

describe('children in the house', () => {
  it("reads 'the mum of a 6 month old' who is being hit as children in the household", () => {
    expect(fact('HV has flagged that the mum of a 6 month old on our list has disclosed her partner is hitting her. Can I share with children\'s services?', 'household_children')).toBe('present');
  });

  it("reads 'theres a 3yo and the newborn in the house' as children in the household", () => {
    expect(fact("mum disclosed her partner has been hitting her. theres a 3yo and the newborn in the house. can i refer?", 'household_children')).toBe('present');
  });
});

describe('grown-up children', () => {
  it('reads children who are grown up and have moved away as no children in the household', () => {
    expect(fact('She told me her husband pushed her into a door frame. Her kids are grown up and have moved away. Do I have to tell the police?', 'household_children')).toBeUndefined();
    expect(fact('She lives with her partner and her kids at home, he hit her. Can I tell the police?', 'household_children')).toBe('present');
  });
});

describe('a name set aside', () => {
  it("reads 'even without giving us his name' as not asking for the name, while 'won't give me his name' still is", () => {
    expect(fact('Should the hospital have let us know about the stabbing, even without giving us his name?', 'patient_identity')).toBeUndefined();
    expect(fact("The doctor won't give me his name. Can she refuse?", 'patient_identity')).toBe('asked');
  });
});

describe('limits on a request for one own records', () => {
  it('reads serious harm, a manifestly unfounded stream of requests and an unknown email address as limits on a subject access request', () => {
    expect(fact('A patient has requested his full records. One entry, if he read it now, would very likely trigger a serious relapse. Must I release everything?', 'access_limits')).toBe('serious_harm');
    expect(fact('same bloke has sent us 30 SARs in 2 months and says he will keep going till the PS quits. do we have to keep answering them', 'access_limits')).toBe('unfounded');
    expect(fact('same bloke has sent us 30 SARs in 2 months. do we have to answer them', 'subject_access')).toBe('made');
    expect(fact("got an email from an unknown hotmail address asking for 'all my mental health records'. do we have to send them within a month?", 'access_limits')).toBe('identity_unclear');
    expect(fact('The police want her new address from the records. Can we give it?', 'access_limits')).toBeUndefined();
  });
});

describe('ages and custody as staff type them', () => {
  it('reads "pt 17," as a child, but not "pt 2 times a week"', () => {
    expect(fact("paramedic - attended an overdose, pt 17, begged me not to tell her parents. do i have to?", 'age')).toBe('child');
    expect(fact('pt 2 times a week at the clinic, can I tell his GP?', 'age')).toBeUndefined();
  });

  it("reads 'different girl - 15' as a child, and her boyfriend's age as not hers", () => {
    expect(fact("SRH doc again, different girl - 15, says her 'boyfriend' is 23, picks her up from school. Can I share it?", 'age')).toBe('child');
    expect(fact('One of my ladies, 31, mild LD, told me a support worker slaps her. Can I tell social care?', 'age')).toBe('adult');
  });

  it("reads 'she can make this decision' as capacity confirmed, despite a learning disability", () => {
    expect(fact('mild LD, but we have done loads of work on capacity and she can make this decision. She says no. Can I tell social care?', 'capacity')).toBe('confirmed');
  });

  it('reads the same worker doing shifts with the other tenants as a risk to others', () => {
    expect(fact('A support worker slaps her. Same worker does shifts with the other three tenants. Can I pass this on?', 'risk')).toBe('others');
  });

  it('reads a lad in cells as in custody', () => {
    expect(fact("sgt here - lad in cells is diabetic and hasnt had his insulin, can the custody nurse ring his GP for his dose?", 'custody')).toBe('in_custody');
  });
});

describe('situations told through their details', () => {
  it('reads the consultant looking after the driver, asked to take the specimen, as the treating doctor asked', () => {
    expect(fact('Driver unconscious in resus, we suspect drink. The ED consultant looking after him is stood right there - can I just ask her to take the blood specimen?', 'specimen')).toBe('treating_doctor_asked');
  });

  it("reads workers' passports held by the boss and a portakabin out the back as suspected modern slavery, and a warrant there as police asking", () => {
    const question = 'Warrant at a hand car wash, 4 workers living in a portakabin out the back, passports held by the boss. Do I still have to report him to the Home Office?';
    expect(fact(question, 'modern_slavery')).toBe('suspected');
    expect(fact(question, 'asker')).toBe('police');
  });

  it('reads planning to set something off at the Christmas market as terrorism, not only radicalisation', () => {
    expect(fact('His brother has been watching extremist videos and is planning to set something off at the Christmas market next weekend. Do I have to tell the police?', 'crime_topic')).toBe('terrorism');
  });
});

describe('delaying the call a detainee asked for', () => {
  it('reads that telling the brother would tip off the others as a question about delay', () => {
    expect(fact("Custody. Prisoner in on conspiracy to supply. He wants his brother told he's been nicked. The brother would tip off the others and move the stash. Do we have to tell him?", 'intimation_delay')).toBe('asked');
  });
});

describe('firearms certificates as officers write them', () => {
  it("reads 'shotgun cert holder' as a certificate holder, and talk of self harm as no injury", () => {
    const question = 'Firearms enquiry officer. Shotgun cert holder. If he now gets diagnosed with depression or starts talking about self harm, will the GP let us know?';
    expect(fact(question, 'firearms')).toBe('holder');
    expect(fact(question, 'injury_cause')).toBeUndefined();
    expect(fact('FEO here - new firearm cert application, applicant has signed the consent bit. Can I ask his GP?', 'firearms')).toBe('application');
    expect(fact('firearms licensing have written about a farmer patient renewing his shotgun cert. Do I have to reply?', 'firearms')).toBe('application');
  });

  it("reads 'the hospital trust has to give us names' as asking about a duty", () => {
    expect(fact('now the serious violence duty is in force the hospital trust has to give us names and addresses of everyone, right?', 'question_asks')).toBe('duty');
  });

  it('reads a legal duty under an Act as asking about a duty', () => {
    expect(fact('Do GPs have a legal duty under the Firearms Act to tell us whenever a certificate holder gets a diagnosis?', 'question_asks')).toBe('duty');
  });
});

describe('a client owning up to dealing', () => {
  it("reads 'let slip he sells a bit of weed' as admitting his own offence", () => {
    expect(fact('keyworker at drug service - client let slip he sells a bit of weed to mates. do i have to tell police?', 'own_offence')).toBe('admitted');
  });
});

describe('an account insisted on', () => {
  it("reads a stab wound the patient 'insists was an accident' as a cause in doubt, not an accident", () => {
    expect(fact('19yo lad with a stab wound to the abdo, insists it was an accident and doesnt want police. do i have to call them?', 'injury_cause')).toBeUndefined();
    expect(fact('19yo lad with a cut to his hand, it was an accident in the kitchen. do i have to call police?', 'injury_cause')).toBe('accidental');
  });

  it("reads 'do i still have to call them' as asking whether to tell the police at all", () => {
    expect(fact('stab wound, doesnt want police involved at all. do i still have to call them?', 'police_told')).toBe('asked');
  });
});

describe('an emergency told in a call', () => {
  it("reads a son who has texted goodbye and is heading for the motorway bridge as an emergency", () => {
    expect(fact('999 call handler. Woman says her adult son has texted goodbye and is heading for the motorway bridge. Can I pass that to the crisis team?', 'urgency')).toBe('emergency');
  });
});

describe('harm told in passing', () => {
  it("reads a grandson who keeps her bank card as suspected abuse of an adult", () => {
    expect(fact("Mrs P (89) told me her grandson keeps her bank card and I promised I wouldn't tell anyone. Do I have to pass it on?", 'adult_harm')).toBe('suspected');
  });

  it("reads the stepdad going into her 8 yr old sister's room at night as a concern for a child", () => {
    expect(fact("16yo told me in confidence her stepdad has been going into her 8 yr old sister's room at night. Do i have to keep her secret?", 'child_harm')).toBe('suspected');
  });

  it("reads an HCA roughly yanking a confused patient as suspected abuse, and a patient pinched as no offence of the patient's own", () => {
    const question = "Saw an HCA on nights roughly yanking a confused elderly patient and swearing at him, and another patient says she pinched her. Does this need to go outside the ward?";
    expect(fact(question, 'adult_harm')).toBe('suspected');
    expect(fact(question, 'own_offence')).toBeUndefined();
    expect(fact('the patient told me he pinched a bike last week. do i tell police?', 'own_offence')).toBe('admitted');
  });

  it("reads a suicidal father who would take his 4yo with him as a risk to others", () => {
    expect(fact("30yo dad, clear suicidal plan, and he said if he goes he's taking his 4yo with him. Can I share this?", 'risk')).toBe('others');
  });
});

describe('Herbert Protocol forms before anyone is missing', () => {
  it.each([
    'pcso, leics - can i collect care homes herbert forms now, for our files?',
    "84yo resident, lacks capacity, keeps trying to get out. Can we fill in a Herbert Protocol form and hand it to the police if he goes missing?",
  ])('reads "%s" as preparing in advance', (question) => {
    expect(fact(question, 'person_missing')).toBe('in_advance');
  });
});

describe("someone else's information in a record asked for", () => {
  it("reads a letter from the patient's sister, who asked us not to let him know, as another person's information", () => {
    expect(fact("Doing a SAR. In the notes there's a letter from the patient's sister about his drinking and she asked us not to let him know she wrote. Do I hand it over?", 'third_party_information')).toBe('present');
  });
});

describe('hiding an entry from an online record', () => {
  it("reads 'can i hide that entry or turn off her online access' as asking about hiding", () => {
    expect(fact("pt told me her husband goes through her nhs app every night. can i hide that entry or turn off her online access?", 'online_action')).toBe('hide');
  });
});

describe('next of kin taken for legal authority', () => {
  it.each([
    "Her son (next of kin, no LPA) has signed our consent form. As next of kin his signature covers us legally, doesn't it?",
    'the nok has the right to see his records surely?',
  ])('reads "%s" as the premise that next of kin has legal authority', (question) => {
    expect(fact(question, 'premise')).toBe('next_of_kin_authority');
  });
});

describe("a review's final report", () => {
  it("reads the Domestic Abuse Commissioner's office wanting a copy of the final report as about sending it to the Commissioner", () => {
    expect(fact("DI here, our force co-established a DHR. The Domestic Abuse Commissioner's office want a copy of the final report. Can we send it?", 'review_report')).toBe('to_commissioner');
  });
});

describe("a worker's own promise of secrecy", () => {
  it("reads 'I promised I wouldn't tell anyone' as the asker's promise", () => {
    expect(fact("Mrs P (89) told me her grandson keeps her bank card and I promised I wouldn't tell anyone. Do I have to pass it on now I've promised?", 'staff_promise')).toBe('made');
    expect(fact('She told me her grandson keeps her bank card. Do I have to pass it on?', 'staff_promise')).toBeUndefined();
  });
});

describe('dead phones', () => {
  it("reads 'both phones dead' as no death", () => {
    expect(fact('Baby on the child protection register, no answer at 2 visits, family have cleared out, both phones dead. Do I tell someone?', 'deceased')).toBeUndefined();
  });
});

describe('a found child who says a parent hits her', () => {
  it("reads 'says dad hits her and she won't go home' as telling the parent putting her at risk", () => {
    expect(fact("14yo misper found at her mates. Says dad hits her and she won't go home. Dad's on the phone demanding to know where she is. Do we have to tell him?", 'telling_harms')).toBe('stated');
  });
});

describe('a child hit with an implement, and a blood alcohol the police want to know', () => {
  it("reads 'smacks his 2yo with a belt' as a concern for the child", () => {
    expect(fact('health visitor: dad told me he smacks his 2yo with a belt when she misbehaves. do I need to refer?', 'child_harm')).toBe('suspected');
  });

  it("reads police wanting to know his blood alcohol as the hospital's own result, not a specimen", () => {
    expect(fact("ED nurse: man brought in after a fight, police outside want to know his blood alcohol, he's refused to consent. do i tell them?", 'specimen')).toBe('hospital_results');
  });
});

describe('roles, threats and beliefs read from everyday wording', () => {
  it('reads a role whose name holds a verb as the asker: "EOC call handler"', () => {
    expect(fact('EOC call handler. A caller said he knows where our control room is and he is going to come and stab me when I finish my shift.', 'asker')).toBe('health');
    expect(fact('Police called. Can I tell them?', 'asker')).toBeUndefined();
  });

  it('reads a caller on the phone asking as the one asking', () => {
    expect(fact('his manager on the phone asking if he was here on tuesday', 'recipient')).toBe('employer');
  });

  it.each([
    ['GP receptionist here, the council housing team wants us to confirm a tenant is registered with us'],
    ["Housing officer from the council just rang reception wanting to know about Mrs K's mental health"],
  ])('reads a council housing service in "%s" as housing, not social care', (question) => {
    expect(fact(question, 'recipient')).toBe('housing');
  });

  it("reads a parent's subject access request asking for everything about a child as someone else's request", () => {
    expect(fact("We've had a SAR from a mum asking for everything we hold about her 17yo daughter. Do we send it?", 'access_applicant')).toBe('someone_else');
  });

  it("reads 'No consent form' as no word of what the person decided, not a refusal", () => {
    expect(fact("Housing rang wanting her meds. No consent form, they just said 'she told us to ring you'. Is that ok?", 'consent')).toBeUndefined();
    expect(fact('He refused, no consent. Can I still tell them?', 'consent')).toBe('refused');
  });

  it('reads "pass what she told me on to" as giving to the agency named after it', () => {
    expect(fact("She asked me not to tell her mum. Can I pass what she told me on to children's social care?", 'recipient')).toBe('social_care');
  });

  it("reads 'asked me not to tell her mum' as no risk in telling the person themselves", () => {
    expect(fact("Asked me not to tell her mum or social services. Can I pass what she told me on to children's social care?", 'telling_harms')).toBeUndefined();
    expect(fact('The victim asked me not to tell him. Can I tell social services?', 'telling_harms')).toBe('stated');
  });

  it.each([
    ["For two years he was adamant his parents weren't to be told anything about his care. Can I tell them now?"],
    ["Patient specifically said 'don't you go telling my family'. Can I ring his son anyway?"],
  ])('reads "%s" as a wish, made before, that a relative not be told', (question) => {
    expect(fact(question, 'prior_wishes')).toBe('against');
  });

  it('reads a death by suicide as a death, not a risk the person still faces', () => {
    const question = 'A man on my caseload died by suicide last week. His parents want to know his diagnosis. Can I tell them?';
    expect(fact(question, 'risk')).toBeUndefined();
    expect(fact(question, 'deceased')).toBe('died');
    expect(fact('He is suicidal and talking about taking his own life', 'risk')).toBe('self');
  });

  it('reads a baby not at school, in a question about Operation Encompass, as a child with no school', () => {
    expect(fact('DA job last night, mum + 8 month old in the house, baby obviously not at school. Under the encompass law do I have to notify anyone?', 'school_enrolment')).toBe('none');
  });

  it("reads the belief that the GP legally has to tell the DVLA", () => {
    expect(fact('the GP legally has to tell DVLA the day we diagnose a seizure dont we?', 'premise')).toBe('doctor_must_tell_dvla');
  });

  it('reads a question about notifying HIV to public health, and only where an infection of that kind is named', () => {
    expect(fact("Diagnosed HIV. My reg says under the Health Protection regs I have to send the notifiable disease form to UKHSA. Is that right?", 'sti_notification')).toBe('asked');
    expect(fact('Suspected measles. Do I have to send the notifiable disease form to UKHSA?', 'sti_notification')).toBeUndefined();
  });

  it.each([
    ['custody sgt: DP is 17 and wants his girlfriend told, not his mum', 'child'],
    ['the detainee is 45 and wants his wife told', 'adult'],
  ])('reads the age of a detained person in "%s"', (question, age) => {
    expect(fact(question, 'age')).toBe(age);
  });

  it("reads a detainee wanting his solicitor to see the notes as his consent", () => {
    expect(fact("Custody sgt. Detainee wants his solicitor to see the FME's notes on him. Do we hand them over?", 'consent')).toBe('given');
  });

  it('reads the child death overview panel as social care', () => {
    expect(fact('CDOP coordinator has emailed asking for our involvement summary for a 2-year-old who died. Do we have to provide it?', 'recipient')).toBe('social_care');
  });

  it('reads the belief that section 47 "legally obliges" health to give the police records', () => {
    expect(fact('Can I just tell them s47 of the Children Act legally obliges them to hand the records to police?', 'premise')).toBe('s47_for_police');
  });

  it('reads "Paramedic, 3rd year" asking about a death as someone other than a doctor', () => {
    expect(fact('Paramedic, 3rd year. Unexpected death at home. Am I legally required to ring the coroner myself?', 'death_notifier')).toBe('not_doctor');
  });

  it('reads "the HR manager" as the employer', () => {
    expect(fact('the hr manager wants to know if he attended', 'recipient')).toBe('employer');
  });

  it.each([
    ['Psych liaison nurse in ED. A patient stabbed our registrar in the hand with a dart. Can we give the police his name?'],
    ["A caller said he's going to come and stab me when I finish my shift. Can we give police his details?"],
  ])('reads "%s" as staff harmed', (question) => {
    expect(fact(question, 'victim')).toBe('staff');
  });

  it("reads 'a child sex offender' as an adult, and press coverage as no enquiry from the media", () => {
    const question = "I've been treating a child sex offender who is terrified of vigilantes after the press coverage. Can I tell MAPPA?";
    expect(fact(question, 'age')).toBe('adult');
    expect(fact(question, 'media_enquiry')).toBeUndefined();
  });

  it('reads a holder checking with counter fraud as no counter fraud request', () => {
    expect(fact("The pharmacy say they need to check with the NHS counter fraud people first. Can they give me the script?", 'investigator')).toBeUndefined();
    expect(fact('the local counter fraud specialist has asked us for her records', 'investigator')).toBe('counter_fraud');
  });

  it('reads "do I have to let the police know" as asking whether to tell the police at all', () => {
    expect(fact('Stab wound to the thigh, he does not want police involved. Do I have to let the police know, and can I give them his name?', 'police_told')).toBe('asked');
  });

  it("reads 'I don't think he's a danger to anyone' as no risk to others", () => {
    expect(fact("They want his mental health history. I honestly don't think he's a danger to anyone. Am I obliged to send it?", 'risk')).toBe('none');
  });

  it('reads the belief that PACE treats a 17-year-old as an adult, in custody', () => {
    const question = 'Quick one - PACE treats 17 year olds as adults doesnt it? Got a 17 yr old female in for shoplifting, my mate reckons we dont need an AA.';
    expect(fact(question, 'premise')).toBe('seventeen_is_adult');
    expect(fact(question, 'custody')).toBe('in_custody');
  });

  it('reads a section 23 demand for more than controlled drug records', () => {
    expect(fact("I want the suspect's complete meds history, all items not just controlled drugs. Can I make them produce it under s23?", 'cd_power_reach')).toBe('wider_records');
    expect(fact("I want the suspect's complete meds history from the chemist.", 'cd_power_reach')).toBeUndefined();
  });
});
