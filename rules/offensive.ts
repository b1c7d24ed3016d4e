import { defineRule } from '../lib/engine/rule';

// Placeholder until the rule is written: it declares the rule and detects nothing.
export default defineRule({
  id: 'offensive',
  section: 'bevisst.taushetsplikt',
  quote: 'Vær nøye med at personer ikke kan identifiseres.',
  severity: 'warning',
  messages: {
    nb: { message: '', suggestion: '' },
    nn: { message: '', suggestion: '' },
    en: { message: '', suggestion: '' },
  },
  examples: { fires: [], passes: [] },
  detect: () => [],
});
