import { describe, expect, it } from 'vitest';
import { checkCaseQuota, DOCUMENT_LIMITS } from '../../src/modules/documents/limits.js';
import { LocalDocumentStorage } from '../../src/modules/documents/local-storage.js';
import { S3DocumentStorage } from '../../src/modules/documents/s3-storage.js';
import {
  createDocumentStorage,
  loadStorageConfig,
} from '../../src/modules/documents/storage-config.js';

const paths = { dataDir: '/srv/entente/data', webRoot: '/srv/entente/apps/web/dist' };
const s3Env = {
  S3_ENDPOINT: 'https://s3.fr-par.scw.cloud',
  S3_REGION: 'fr-par',
  S3_BUCKET: 'entente-documents',
  S3_ACCESS_KEY_ID: 'SCWXXXXXXXXXXXXXXXXX',
  S3_SECRET_ACCESS_KEY: 'super-secret-value',
};

describe('document storage configuration', () => {
  it('uses the local disk under $DATA_DIR/documents when no S3 variable is set', () => {
    const config = loadStorageConfig({ S3_BUCKET: '  ' }, paths);
    expect(config).toEqual({ kind: 'local', root: '/srv/entente/data/documents' });
    expect(createDocumentStorage(config)).toBeInstanceOf(LocalDocumentStorage);
  });

  it('refuses a local root inside the web root (SEC-19)', () => {
    expect(() =>
      loadStorageConfig({}, { dataDir: '/srv/entente/apps/web/dist/data', webRoot: paths.webRoot }),
    ).toThrow(/web root/);
  });

  it('uses S3 when configured', () => {
    const config = loadStorageConfig({ ...s3Env, S3_FORCE_PATH_STYLE: 'true' }, paths);
    expect(config).toEqual({
      kind: 's3',
      endpoint: 'https://s3.fr-par.scw.cloud',
      region: 'fr-par',
      bucket: 'entente-documents',
      accessKeyId: 'SCWXXXXXXXXXXXXXXXXX',
      secretAccessKey: 'super-secret-value',
      forcePathStyle: true,
    });
    expect(createDocumentStorage(config)).toBeInstanceOf(S3DocumentStorage);
  });

  it('defaults to AWS in us-east-1 with virtual-hosted URLs', () => {
    const { S3_ENDPOINT: _e, S3_REGION: _r, ...aws } = s3Env;
    expect(loadStorageConfig(aws, paths)).toMatchObject({
      endpoint: 'https://s3.us-east-1.amazonaws.com',
      region: 'us-east-1',
      forcePathStyle: false,
    });
  });

  it('fails on a partial S3 setup instead of silently using the disk, naming no secret', () => {
    const attempt = () =>
      loadStorageConfig({ S3_BUCKET: 'b-1', S3_SECRET_ACCESS_KEY: 'super-secret-value' }, paths);
    expect(attempt).toThrow(/S3_ACCESS_KEY_ID/);
    expect(attempt).not.toThrow(/super-secret-value/);
  });

  it.each([
    ['S3_BUCKET', 'Not_A_Bucket'],
    ['S3_ENDPOINT', 'ftp://s3.example'],
    ['S3_FORCE_PATH_STYLE', 'maybe'],
  ])('refuses an invalid %s', (name, value) => {
    expect(() => loadStorageConfig({ ...s3Env, [name]: value }, paths)).toThrow(name);
  });
});

describe('case quota (DOC-1 200 MB, SEC-17 50 files)', () => {
  const MiB = 1024 * 1024;

  it('refuses the 51st file', () => {
    expect(checkCaseQuota({ files: 49, bytes: 0 }, 1)).toEqual({ ok: true });
    expect(checkCaseQuota({ files: 50, bytes: 0 }, 1)).toEqual({
      ok: false,
      reason: 'case_file_limit',
    });
  });

  it('accepts up to exactly 200 MiB per case and refuses one byte more', () => {
    expect(DOCUMENT_LIMITS.maxCaseBytes).toBe(200 * MiB);
    expect(checkCaseQuota({ files: 10, bytes: 180 * MiB }, 20 * MiB)).toEqual({ ok: true });
    expect(checkCaseQuota({ files: 10, bytes: 180 * MiB }, 20 * MiB + 1)).toEqual({
      ok: false,
      reason: 'case_size_limit',
    });
  });
});
