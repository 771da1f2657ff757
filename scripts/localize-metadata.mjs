// Applies a translation ({ ID: { name, description, result?, parameters: { param: { name, description } } } })
// to generated custom functions metadata. Ids, types and options stay as generated; a function
// or parameter the translation lacks (or has in excess) is an error, so the two never drift apart.
export function localizeMetadata(metadata, translation) {
  const ids = new Set(metadata.functions.map((f) => f.id));
  const extra = Object.keys(translation).filter((id) => !ids.has(id));
  if (extra.length > 0) throw new Error(`zh-CN translation names functions that do not exist: ${extra.join(", ")}`);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const t = translation[fn.id];
      if (!t) throw new Error(`zh-CN translation lacks function ${fn.id}`);
      const names = fn.parameters.map((p) => p.name);
      const translated = Object.keys(t.parameters ?? {});
      if (names.join() !== translated.join()) {
        throw new Error(`zh-CN parameters of ${fn.id} are [${translated}] but the function has [${names}]`);
      }
      return {
        ...fn,
        name: t.name,
        description: t.description,
        result: { ...fn.result, ...(t.result ? { description: t.result } : {}) },
        parameters: fn.parameters.map((p) => ({ ...p, name: t.parameters[p.name].name, description: t.parameters[p.name].description })),
      };
    }),
  };
}
