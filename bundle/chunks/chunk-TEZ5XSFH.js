import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  describeSource
} from "./chunk-NIL3DZS3.js";

// dist/src/fleet/guards.js
var DEFAULT_MAX_DELETES = 5;
function checkGuards(plan, options) {
  const violations = [];
  const where = `namespace '${plan.namespace}' (stack '${plan.stack}')`;
  if (plan.desiredCount === 0 && !options.allowEmpty) {
    violations.push({
      guard: "empty",
      names: [...plan.delete],
      message: `Refusing to sync an empty pipeline set to ${where}: it would delete every pipeline of the namespace (${plan.delete.length}); pass --allow-empty if that is intended`
    });
  }
  const deletes = plan.delete.length;
  if (options.maxDeletes !== void 0) {
    if (deletes > options.maxDeletes) {
      violations.push({
        guard: "max-deletes",
        names: [...plan.delete],
        message: `Too many deletions in ${where}: ${deletes}, limit ${options.maxDeletes} (--max-deletes)`
      });
    }
  } else if (deletes > DEFAULT_MAX_DELETES) {
    violations.push({
      guard: "max-deletes",
      names: [...plan.delete],
      message: `Too many deletions in ${where}: ${deletes}, default limit ${DEFAULT_MAX_DELETES}; pass --max-deletes ${deletes} to allow them`
    });
  } else if (deletes > 0 && deletes > plan.namespaceSize / 2 && !(plan.desiredCount === 0 && options.allowEmpty)) {
    violations.push({
      guard: "half-namespace",
      names: [...plan.delete],
      message: `Too many deletions in ${where}: ${deletes} of its ${plan.namespaceSize} pipelines, more than half; pass --max-deletes ${deletes} to allow them`
    });
  }
  const grafana = plan.takeover.filter((t) => t.blocked);
  if (grafana.length > 0) {
    violations.push({
      guard: "grafana",
      names: grafana.map((t) => t.name),
      message: `Disallowed overwrite of Grafana-managed pipeline${grafana.length > 1 ? "s" : ""} ${quoteList(grafana.map((t) => t.name))} from ${where}: rename the pipeline${grafana.length > 1 ? "s" : ""} in the repository (no flag allows this)`
    });
  }
  const foreign = plan.takeover.filter((t) => !t.blocked);
  if (foreign.length > 0 && !options.adopt) {
    violations.push({
      guard: "takeover",
      names: foreign.map((t) => t.name),
      message: `Refusing to take over ${foreign.map((t) => `'${t.name}' (owned by ${t.source})`).join(", ")} into ${where}; pass --adopt to take ownership, or rename`
    });
  }
  return violations;
}
function quoteList(names) {
  return names.map((n) => `'${n}'`).join(", ");
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// dist/src/fleet/compare.js
import { isDeepStrictEqual } from "node:util";
function effectiveConfigType(configType) {
  return configType === "CONFIG_TYPE_OTEL" ? "CONFIG_TYPE_OTEL" : "CONFIG_TYPE_ALLOY";
}
function trimTrailingNewlines(text) {
  return text.replace(/(?:\r?\n)+$/, "");
}
function sameContents(languages, configType, a, b) {
  if (a === b)
    return true;
  if (effectiveConfigType(configType) === "CONFIG_TYPE_OTEL") {
    const left = languages.yamlValue(a);
    const right = languages.yamlValue(b);
    if (left && right)
      return isDeepStrictEqual(left.value, right.value);
  } else {
    const left = languages.canonicalAlloy(a);
    const right = left === void 0 ? void 0 : languages.canonicalAlloy(b);
    if (left !== void 0 && right !== void 0)
      return left === right;
  }
  return trimTrailingNewlines(a) === trimTrailingNewlines(b);
}
function canonicalMatcherSet(languages, matchers) {
  const set = /* @__PURE__ */ new Set();
  for (const text of matchers) {
    const parsed = languages.parseMatcher(text);
    set.add("canonical" in parsed ? parsed.canonical : text.trim());
  }
  return [...set].sort();
}
function sameMetadata(a, b) {
  return isDeepStrictEqual(a ?? {}, b ?? {});
}
function changedFields(languages, desired, remote) {
  const fields = [];
  const desiredType = effectiveConfigType(desired.configType);
  if (!sameContents(languages, desiredType, desired.contents, remote.contents))
    fields.push("contents");
  if (!isDeepStrictEqual(canonicalMatcherSet(languages, desired.matchers), canonicalMatcherSet(languages, remote.matchers))) {
    fields.push("matchers");
  }
  if ((desired.enabled ?? false) !== (remote.enabled ?? false))
    fields.push("enabled");
  if (desiredType !== effectiveConfigType(remote.configType))
    fields.push("config_type");
  if (!sameMetadata(desired.metadata, remote.metadata))
    fields.push("metadata");
  return fields;
}

// dist/src/fleet/plan.js
function blockedReason(sourceType) {
  return sourceType === "SOURCE_TYPE_GRAFANA" ? "managed by Grafana: no flag lets a sync overwrite it; rename the pipeline in the repository" : void 0;
}
function isOwnedBy(pipeline, namespace) {
  return pipeline.source?.type === "SOURCE_TYPE_GIT" && pipeline.source.namespace === namespace;
}
function planTarget(languages, input) {
  const remoteByName = new Map(input.remote.map((p) => [p.name, p]));
  const plan = {
    namespace: input.namespace,
    stack: input.stack,
    create: [],
    update: [],
    delete: [],
    unchanged: [],
    takeover: [],
    namespaceSize: input.remote.filter((p) => isOwnedBy(p, input.namespace)).length,
    desiredCount: input.desired.length
  };
  const desiredNames = /* @__PURE__ */ new Set();
  for (const desired of input.desired) {
    desiredNames.add(desired.name);
    const remote = remoteByName.get(desired.name);
    if (!remote) {
      plan.create.push(desired.name);
      continue;
    }
    const fields = changedFields(languages, desired, remote);
    if (!isOwnedBy(remote, input.namespace)) {
      const sourceType = remote.source?.type ?? "SOURCE_TYPE_UNSPECIFIED";
      const reason = blockedReason(sourceType);
      plan.takeover.push({ name: desired.name, source: describeSource(remote.source), sourceType, fields, blocked: reason !== void 0, ...reason ? { reason } : {} });
    } else if (fields.length === 0) {
      plan.unchanged.push(desired.name);
    } else {
      const update = { name: desired.name, fields };
      if (fields.includes("matchers")) {
        update.matchers = { before: [...remote.matchers], after: [...desired.matchers] };
        update.matcherDiff = matcherDiff(languages, remote.matchers, desired.matchers);
      }
      if (fields.includes("enabled"))
        update.enabled = { before: remote.enabled ?? false, after: desired.enabled ?? false };
      if (fields.includes("config_type"))
        update.configType = { before: effectiveConfigType(remote.configType), after: effectiveConfigType(desired.configType) };
      if (fields.includes("contents")) {
        update.diff = createTwoFilesPatch(`server/${desired.name}`, `repository/${desired.name}`, remote.contents, desired.contents, void 0, void 0, { context: 3 });
      }
      plan.update.push(update);
    }
  }
  for (const remote of input.remote) {
    if (isOwnedBy(remote, input.namespace) && !desiredNames.has(remote.name))
      plan.delete.push(remote.name);
  }
  const byName = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  plan.create.sort(byName);
  plan.delete.sort(byName);
  plan.unchanged.sort(byName);
  plan.update.sort((a, b) => byName(a.name, b.name));
  plan.takeover.sort((a, b) => byName(a.name, b.name));
  return plan;
}
function matcherDiff(languages, before, after) {
  const canonical = (text) => {
    const parsed = languages.parseMatcher(text);
    return "canonical" in parsed ? parsed.canonical : text.trim();
  };
  const had = new Set(before.map(canonical));
  const has = new Set(after.map(canonical));
  const removed = before.filter((m) => !has.has(canonical(m))).map((m) => `- ${m.trim()}`);
  const kept = after.map((m) => `${had.has(canonical(m)) ? " " : "+"} ${m.trim()}`);
  return [...removed, ...kept];
}
function hasChanges(plan) {
  return plan.create.length + plan.update.length + plan.delete.length + plan.takeover.length > 0;
}
function planJson(plans, lint) {
  const json = {
    targets: plans.map((p) => {
      const target = {
        namespace: p.namespace,
        stack: p.stack,
        create: [...p.create],
        update: p.update.map((u) => {
          const update = { name: u.name, fields: [...u.fields] };
          if (u.matchers)
            update.matchers = { before: [...u.matchers.before], after: [...u.matchers.after] };
          if (u.enabled)
            update.enabled = { ...u.enabled };
          if (u.configType)
            update.configType = { ...u.configType };
          return update;
        }),
        delete: [...p.delete],
        unchanged: [...p.unchanged],
        takeover: p.takeover.map((t) => ({ name: t.name, source: t.source, blocked: t.blocked, ...t.reason ? { reason: t.reason } : {} }))
      };
      if (p.impact) {
        target.impact = p.impact.pipelines.map((i) => ({ ...i, gained: [...i.gained], lost: [...i.lost] }));
        target.collectorsChanged = p.impact.collectorsChanged;
        target.impactWarnings = p.impact.warnings.map((w) => ({ ...w }));
      }
      if (p.impactUnavailable)
        target.impactUnavailable = p.impactUnavailable;
      if (p.refusals !== void 0) {
        target.wouldSync = p.refusals.length === 0;
        if (p.refusals.length > 0)
          target.reasons = [...p.refusals];
      }
      return target;
    })
  };
  return lint ? { lint: { ...lint }, ...json } : json;
}

export {
  checkGuards,
  canonicalMatcherSet,
  isOwnedBy,
  planTarget,
  hasChanges,
  planJson
};
