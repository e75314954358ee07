import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('settings', () => {
  it('has working defaults with nothing set', () => {
    const config = loadConfig({}, '/srv/canishare');
    expect(config).toMatchObject({
      knowledgeDir: '/srv/canishare/knowledge',
      indexDir: '/srv/canishare/.canishare/index',
      retriever: 'hybrid',
      port: 3978,
      reviewAgeDays: 365,
      contacts: { dpoName: null, caldicottGuardianName: null },
      remote: { apiKey: null, embeddingsModel: null, chatModel: null, timeoutMs: 20000 },
    });
  });

  it('lists every bad setting at once, each with what to do', () => {
    let message = '';
    try {
      loadConfig({ PORT: '0', KNOWLEDGE_REVIEW_DAYS: 'soon', OPENAI_BASE_URL: 'localhost:8000', EMBEDDINGS_MODEL: 'e5', OPENAI_API_KEY: '' }, '/x');
    } catch (error) {
      message = (error as Error).message;
      expect(error).toMatchObject({ code: 'CONFIG_INVALID' });
    }
    expect(message).toMatch(/- PORT must be at least 1 \(got "0"\)/);
    expect(message).toMatch(/- KNOWLEDGE_REVIEW_DAYS must be a whole number/);
    expect(message).toMatch(/- OPENAI_BASE_URL must be a full http\(s\) URL/);
    expect(message).toMatch(/- OPENAI_API_KEY is needed when EMBEDDINGS_MODEL or CHAT_MODEL is set/);
    expect(message).toMatch(/\.env\.example describes each one/);
  });

  it('treats blank optional settings as unset', () => {
    expect(loadConfig({ DPO_NAME: '  ', CHAT_MODEL: '' }, '/x').contacts.dpoName).toBeNull();
  });
});
