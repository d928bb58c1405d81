// Prettier owns the layout of the code; ESLint (eslint.config.js) owns everything else. Settings: today's style.
export default {
  printWidth: 120,
  singleQuote: true,
  // Lit's html`` and css`` templates stay as written: whitespace in a template is text that the element renders,
  // and Prettier's HTML layout would add and move it.
  embeddedLanguageFormatting: 'off',
};
