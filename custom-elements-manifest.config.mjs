// How `npm run build` makes custom-elements.json with @custom-elements-manifest/analyzer: which files it reads, and
// the plugins that keep the manifest to what a page can use (public properties, their attributes, documented
// events), with module paths that point at the built JavaScript in the package rather than at src/.

/** `Class.member` for members marked `@internal`, and for Lit's reactive state (`{ state: true }`). */
const internal = new Set();

/**
 * Reads what the analyzer cannot: `static properties = {…} satisfies …` is an object the Lit reader does not see
 * through, so it is handed the object; and it keeps no `@internal` tags, so they are noted here.
 */
const readSources = {
  name: 'parley-read-sources',
  collectPhase({ ts, node }) {
    const className = node.parent && ts.isClassDeclaration(node.parent) ? node.parent.name?.text : undefined;
    if (!className || !node.name) return;
    if (ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal'))
      internal.add(`${className}.${node.name.getText()}`);
    if (ts.isPropertyDeclaration(node) && node.initializer && ts.isSatisfiesExpression(node.initializer)) {
      node.initializer = node.initializer.expression;
      for (const property of node.initializer.properties ?? []) {
        if (/\bstate:\s*true\b/.test(property.getText())) internal.add(`${className}.${property.name.getText()}`);
      }
    }
  },
};

/**
 * What a page may use: not private, not internal, not static; not an event handler (named `handleX`, as the style
 * guide has it), which is public only so that templates can bind it.
 */
const isPublic = (className) => (member) =>
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  !member.name.startsWith('#') &&
  !member.static &&
  !/^handle[A-Z]/.test(member.name) &&
  !internal.has(`${className}.${member.name}`) &&
  !internal.has(`${member.inheritedFrom?.name}.${member.name}`);

/**
 * The manifest lists the elements and nothing else: no helper classes, no private or internal members, no events
 * without a name (the analyzer counts every `dispatchEvent`, the children's requests to the section included), and
 * paths that name files of the package (`build/…js`) rather than its sources.
 */
const publicApiOnly = {
  name: 'parley-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    const built = (path) => path.replace(/^src\//, 'build/').replace(/\.ts$/, '.js');
    customElementsManifest.modules = customElementsManifest.modules
      .map((module) => {
        const declarations = module.declarations.filter(
          (declaration) => declaration.customElement && declaration.tagName,
        );
        for (const element of declarations) {
          const members = (element.members ?? []).filter(isPublic(element.name));
          const publicNames = new Set(members.map((member) => member.name));
          element.members = members;
          // An attribute declared in the doc comment (`@attr`, read with `getAttribute`) has no field behind it.
          element.attributes = (element.attributes ?? []).filter(
            (attribute) => !attribute.fieldName || publicNames.has(attribute.fieldName),
          );
          element.events = (element.events ?? []).filter((event) => event.name && event.description);
          for (const entry of [...element.members, ...element.attributes, ...element.events])
            delete entry.inheritedFrom;
          delete element.superclass;
          for (const key of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
            if (element[key]?.length === 0) delete element[key];
          }
        }
        const names = new Set(declarations.map((declaration) => declaration.name));
        const exports = [
          ...(module.exports ?? [])
            .filter((entry) => names.has(entry.declaration?.name))
            .map((entry) => ({ ...entry, declaration: { ...entry.declaration, module: built(module.path) } })),
          // The elements are registered in a loop in define.ts, which the analyzer does not follow.
          ...declarations.map((declaration) => ({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: built(module.path) },
          })),
        ];
        return { ...module, path: built(module.path), declarations, exports };
      })
      .filter((module) => module.declarations.length > 0);
  },
};

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [readSources, publicApiOnly],
};
