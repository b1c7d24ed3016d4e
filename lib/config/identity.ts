/**
 * The extension's identity, so that administrators' policies can name it.
 *
 * Chromium derives the extension id from the manifest `key` (the public half of an RSA key pair;
 * the private half is not kept in this repository). A test checks that `chromiumExtensionId`
 * is the id this key gives. Firefox names the extension by `geckoId`.
 */
export const manifestKey =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyRhX3AIFbhfiYLC27i6m16DkN2wYFvXa7V7W/hHG/ag3uc299fVwUynd/FQh20IBuEUhBcnlSopVVpFZAIH/3dpVqLTgpXTtOMgBCvdmDpQPP/3xJ84CNbOlJH+bkGtf0WuVoVm7ChydeA6DlW2FgMng55xhyJ1sgpHTE9gYndqnea7gOciBDmRk0U1Xw+htHR51NgUi7w6BGjhLBLWKsTwH+4jzd2rEGqm9Ic61bGlKw8/2VEIKZfmvw7ma35Af+R8zkk0d5wqC/cSnNv0oz4gcpz5/zY0RCsZiVVWlF+rM+0IoNC6dJWRYh/u/HJfLInSk9G93mWBHegF+STueSQIDAQAB';

export const chromiumExtensionId = 'ilgmjlngmeohcfecfpkalipopbohojdg';

export const geckoId = 'vaer-varsom@frogn.kommune.no';
