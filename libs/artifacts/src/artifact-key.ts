// Keys are relative POSIX paths built from job ids and dataset names. A key that could leave
// the store's root (or its S3 prefix) is a bug upstream, refused before any I/O.
export function checkedArtifactKey(key: string): string {
  const segments = key.split('/');
  if (key === '' || key.startsWith('/') || key.includes('\\') || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new Error(`Artifact key "${key}" is not a relative path inside the store`);
  }
  return key;
}

// A prefix names a folder: "jobs/j1" and "jobs/j1/" both mean everything below jobs/j1/, never
// jobs/j10/.
export function checkedArtifactFolder(prefix: string): string {
  return `${checkedArtifactKey(prefix.replace(/\/+$/, ''))}/`;
}
