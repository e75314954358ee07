import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CronJob } from 'kubernetes-models/batch/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Secret, Service } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.ts';

const FOLDER = path.join(projectRoot(), 'docs', 'kubernetes');
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1 Deployment': Deployment,
  'v1 Service': Service,
  'v1 Secret': Secret,
  'batch/v1 CronJob': CronJob,
};

/** Every object in the deployment guide's manifests, with the file it came from. */
async function manifests(): Promise<{ file: string; object: { apiVersion: string; kind: string; metadata: { name: string } } }[]> {
  const files = (await readdir(FOLDER)).filter((name) => name.endsWith('.yaml'));
  const found = [];
  for (const file of files) {
    for (const document of parseAllDocuments(await readFile(path.join(FOLDER, file), 'utf8'))) {
      expect(document.errors, `${file} is not valid YAML`).toEqual([]);
      found.push({ file, object: document.toJS() });
    }
  }
  return found;
}

describe('the Kubernetes manifests in docs/kubernetes', () => {
  it('are valid against the Kubernetes API schemas', async () => {
    const objects = await manifests();
    expect(objects.map(({ object }) => `${object.apiVersion} ${object.kind}`).sort()).toEqual(['apps/v1 Deployment', 'batch/v1 CronJob', 'v1 Secret', 'v1 Service']);
    for (const { file, object } of objects) {
      const Model = MODELS[`${object.apiVersion} ${object.kind}`]!;
      expect(() => new Model(object as never).validate(), `${file}: ${object.kind} ${object.metadata.name}`).not.toThrow();
    }
  });

  it('run two replicas as non-root on a read-only root filesystem, with secrets only from the Secret', async () => {
    const objects = await manifests();
    const deployment = objects.find(({ object }) => object.kind === 'Deployment')!.object as unknown as {
      spec: { replicas: number; template: { spec: { securityContext: { runAsNonRoot: boolean }; containers: Array<{ env: { name: string }[]; envFrom: unknown[]; securityContext: { readOnlyRootFilesystem: boolean } }> } } };
    };
    const pod = deployment.spec.template.spec;
    expect(deployment.spec.replicas).toBe(2);
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.containers[0]!.securityContext.readOnlyRootFilesystem).toBe(true);
    expect(pod.containers[0]!.envFrom).toEqual([{ secretRef: { name: 'canishare' } }]);
    const plain = pod.containers[0]!.env.map((e) => e.name);
    for (const secret of ['DATABASE_URL', 'AUDIT_KEY', 'MicrosoftAppPassword', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']) expect(plain).not.toContain(secret);
  });
});
