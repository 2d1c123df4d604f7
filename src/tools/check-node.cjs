// Stops at once, in one line, when Node.js is too old for Astro 7.
// Plain old JavaScript on purpose: it must run on any Node.js version.
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > 22 || (parts[0] === 22 && parts[1] >= 12);
if (!ok) {
  console.error(
    'Groundwork needs Node.js 22.12 or newer (you have ' +
      process.versions.node +
      '). Install Node.js 24 from https://nodejs.org/ or run "nvm use" in this folder.',
  );
  process.exit(1);
}
