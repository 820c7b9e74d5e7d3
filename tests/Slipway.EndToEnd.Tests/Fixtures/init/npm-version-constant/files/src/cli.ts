// Set by the build from package.json; a placeholder in the source.
let version = '0.0.0-development';
export function printVersion(): void {
  console.log(version);
}
