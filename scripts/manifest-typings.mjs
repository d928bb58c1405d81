// Turns custom-elements.json into what frameworks and editors read: JSX typings for React 19 and Preact, Vue's
// GlobalComponents, Svelte's `svelte/elements`, and VS Code's HTML and CSS custom data. Run by `npm run build`,
// after the analyzer; everything it writes is generated into build/, never edited by hand.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const out = new URL('build/frameworks/', root);
mkdirSync(out, { recursive: true });

/** The elements as the typings need them: properties by name, attributes that are not also property names, events. */
const elements = manifest.modules
  .flatMap((module) => module.declarations.map((element) => ({ ...element, module: module.path })))
  .map((element) => {
    const properties = (element.members ?? []).filter((member) => member.kind === 'field' && !member.readonly);
    const propertyNames = new Set(properties.map((member) => member.name));
    return {
      tag: element.tagName,
      className: element.name,
      module: element.module,
      description: element.description ?? '',
      properties,
      attributes: element.attributes ?? [],
      // Attributes a page may write in markup under their own name (`page-size`), beside the property (`pageSize`).
      kebabAttributes: (element.attributes ?? []).filter((attribute) => !propertyNames.has(attribute.name)),
      events: element.events ?? [],
      cssParts: element.cssParts ?? [],
      cssProperties: element.cssProperties ?? [],
    };
  });

const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replaceAll('*/', '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';
/** What markup may give an attribute: numbers and switches as written in JSX, everything else as text. */
const attributeType = (type) => (type === 'number' ? 'number | string' : type === 'boolean' ? 'boolean' : 'string');
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());
const header = `// Generated from custom-elements.json by scripts/manifest-typings.mjs. Do not edit.\n`;
/** Each element's class from its own module (built next to this folder), the events' classes from the package's entry. */
const classImports = () => {
  const events = new Set(
    elements.flatMap((element) => element.events.map((event) => event.type?.text).filter(Boolean)),
  );
  const eventImport = events.size > 0 ? `import type { ${[...events].sort().join(', ')} } from '../index.js';\n` : '';
  const elementImports = elements.map(
    (element) => `import type { ${element.className} } from '${element.module.replace(/^build\//, '../')}';\n`,
  );
  return `${eventImport}${elementImports.join('')}`;
};
/**
 * One props type per element: its properties (typed from the class), its attributes spelt with a dash, and one
 * listener per event under `eventProp(name)`.
 */
function propsTypes(eventProp) {
  return elements
    .map((element) => {
      const lines = [
        ...element.properties.map(
          (member) => `${doc(member.description)}  ${member.name}?: ${element.className}['${member.name}'];\n`,
        ),
        ...element.kebabAttributes.map(
          (attribute) =>
            `${doc(attribute.description)}  '${attribute.name}'?: ${attributeType(attribute.type?.text)};\n`,
        ),
        ...element.events.map(
          (event) =>
            `${doc(event.description)}  '${eventProp(event.name)}'?: (event: ${event.type?.text ?? 'CustomEvent'}) => void;\n`,
        ),
      ];
      return `${doc(element.description, '')}export interface ${element.className}Props {\n${lines.join('')}}\n`;
    })
    .join('\n');
}

/** `'parley-comments': Base<ParleyComments, ParleyCommentsProps>;` for each element. */
const intrinsic = (indent, base) =>
  elements
    .map((element) => `${indent}'${element.tag}': ${base(element.className, `${element.className}Props`)};\n`)
    .join('');

/**
 * The typings of one framework: its base attributes imported from `from`, one props type per element, and one entry
 * per element in the interface at `scope` (nested declarations) of the module `module`.
 */
function typings({ imports, base, module, scope, eventProp, entry }) {
  const depth = scope.length;
  const open = scope.map((line, level) => `${'  '.repeat(level + 1)}${line} {\n`).join('');
  const close = scope.map((_, level) => `${'  '.repeat(depth - level)}}\n`).join('');
  const props = base ? `type ElementProps<E extends EventTarget, P> = Omit<${base}, keyof P> & P;\n\n` : '';
  return `${header}${imports}\n${classImports()}\n${propsTypes(eventProp)}\n${props}declare module '${module}' {\n${open}${intrinsic('  '.repeat(depth + 1), entry)}${close}}\n`;
}

const jsxScope = ['namespace JSX', 'interface IntrinsicElements'];
const elementProps = (element, props) => `ElementProps<${element}, ${props}>`;
const files = {
  // React 19 sets a prop as a property when the element has it, and `on` + an event's exact name adds a listener.
  'react.d.ts': typings({
    imports: `import type { DetailedHTMLProps, HTMLAttributes } from 'react';`,
    base: 'DetailedHTMLProps<HTMLAttributes<E>, E>',
    module: 'react',
    scope: jsxScope,
    eventProp: (name) => `on${name}`,
    entry: elementProps,
  }),
  // Preact sets properties the element has, and listens to `on` + the event's name as written.
  'preact.d.ts': typings({
    imports: `import type { HTMLAttributes } from 'preact';`,
    base: 'HTMLAttributes<E>',
    module: 'preact',
    scope: jsxScope,
    eventProp: (name) => `on${name}`,
    entry: elementProps,
  }),
  // Vue reads `@parley-posted` as the prop `onParleyPosted`.
  'vue.d.ts': typings({
    imports: `import type { DefineComponent } from 'vue';`,
    module: 'vue',
    scope: ['interface GlobalComponents'],
    eventProp: (name) => `on${pascal(name)}`,
    entry: (_element, props) => `DefineComponent<${props}>`,
  }),
  // Svelte 5 listens to `on` + the event's name as written.
  'svelte.d.ts': typings({
    imports: `import type { HTMLAttributes } from 'svelte/elements';`,
    base: 'HTMLAttributes<E>',
    module: 'svelte/elements',
    scope: ['interface SvelteHTMLElements'],
    eventProp: (name) => `on${name}`,
    entry: elementProps,
  }),
};
for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, out), text);

/** The values an editor can offer for an attribute: the members of a union of string literals, or none. */
function valuesOf(type = '') {
  const literals = type.split('|').map((part) => part.trim());
  return literals.every((part) => /^'[^']*'$/.test(part)) ? literals.map((part) => ({ name: part.slice(1, -1) })) : [];
}

const htmlData = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tag,
    description: element.description,
    attributes: element.attributes.map((attribute) => {
      const type = attribute.type?.text;
      const values = valuesOf(type);
      return {
        name: attribute.name,
        description: attribute.description,
        ...(type === 'boolean' ? { valueSet: 'v' } : values.length > 0 ? { values } : {}),
      };
    }),
  })),
};
const cssData = {
  version: 1.1,
  properties: elements.flatMap((element) =>
    element.cssProperties.map((property) => ({ name: property.name, description: property.description })),
  ),
  pseudoElements: elements.flatMap((element) =>
    element.cssParts.map((part) => ({
      name: `::part(${part.name})`,
      description: `${element.tag}: ${part.description}`,
    })),
  ),
};
writeFileSync(new URL('build/vscode.html-custom-data.json', root), `${JSON.stringify(htmlData, null, 2)}\n`);
writeFileSync(new URL('build/vscode.css-custom-data.json', root), `${JSON.stringify(cssData, null, 2)}\n`);
