// parse_file(): the bytes first, then the cache, then read -> parse; what was parsed is kept.
#include <citecheck/pipeline.hpp>
#include <citecheck/readers.hpp>
#include <citecheck/sha256.hpp>

namespace citecheck {

std::string parser_identity(const PluginSet& plugins) {
  std::string out = reader_identity();
  out += "plugin API " + std::to_string(k_plugin_api_version) + "\n";
  // In the order they recognize: the first to claim a citation wins, so order matters too.
  for (const LoadedPluginInfo& plugin : plugins.plugins()) {
    out += plugin.info.name + " " + plugin.info.version + " " + file_identity(plugin.path) + "\n";
  }
  return out;
}

std::string parse_key(const std::string& identity, const std::string& path,
                      std::optional<Format> forced, std::string_view bytes) {
  // The bytes are hashed where they lie, not copied behind the rest (a document may be
  // hundreds of megabytes); their digest is a fixed-size part like the others.
  std::string keyed = identity;
  keyed.append(1, '\0').append(path).append(1, '\0');
  keyed.append(forced ? to_string(*forced) : std::string_view("sniffed")).append(1, '\0');
  keyed.append(sha256_hex(bytes));
  return sha256_hex(keyed);
}

ParsedDocument parse_file(const std::string& path, const PluginSet& plugins,
                          const ParseFileOptions& options) {
  std::string bytes = read_file_bytes(path);
  std::string key;
  if (options.cache != nullptr) {
    key = parse_key(options.identity, path, options.forced, bytes);
    if (std::optional<ParsedDocument> kept = options.cache->parsed(key)) {
      return std::move(*kept);
    }
  }
  ParsedDocument parsed = parse_document(
      read_document_bytes(path, std::move(bytes), options.forced), plugins, options.parse);
  if (options.cache != nullptr) {
    options.cache->remember_parsed(key, parsed);
  }
  return parsed;
}

}  // namespace citecheck
