// BuildKit decides what the arguments are; this file only finds where each one sits in the source.
#include "syntax/instruction_typing.h"

#include <algorithm>
#include <string>

#include "syntax/buildkit/parser.h"

namespace distill::syntax {
namespace {

// Finds pieces of the logical text left to right; a piece BuildKit rewrote (JSON unescaping) maps to the
// whole remaining text instead of a guess.
class Locator {
 public:
  explicit Locator(const core::MappedText& text) : text_(text) {}

  core::ByteRange find(std::string_view piece, uint32_t* text_begin = nullptr) {
    size_t at = text_.text().find(piece, cursor_);
    if (piece.empty() || at == std::string::npos) {
      if (text_begin) *text_begin = cursor_;
      return text_.to_source(cursor_, text_.size());
    }
    if (text_begin) *text_begin = static_cast<uint32_t>(at);
    cursor_ = static_cast<uint32_t>(at + piece.size());
    return text_.to_source(static_cast<uint32_t>(at), cursor_);
  }

 private:
  const core::MappedText& text_;
  uint32_t cursor_ = 0;
};

Flag make_flag(const std::string& written, core::ByteRange range) {
  Flag flag;
  std::string_view body = written;
  while (!body.empty() && body.front() == '-') body.remove_prefix(1);
  auto eq = body.find('=');
  flag.name = std::string(body.substr(0, eq));
  flag.range = range;
  flag.value_range = {range.end, range.end};
  if (eq != std::string_view::npos) {
    flag.value = std::string(body.substr(eq + 1));
    // Clamped: BuildKit re-encodes non-ASCII flag bytes, so the value may be longer than its source text.
    uint32_t size = std::min(static_cast<uint32_t>(flag.value->size()), range.size());
    flag.value_range = {range.end - size, range.end};
  }
  return flag;
}

bool is_shell_capable(const Instruction& in) {
  return in.is("RUN") || in.is("CMD") || in.is("ENTRYPOINT") || in.is("SHELL") || in.is("HEALTHCHECK");
}

void read_pairs(Instruction& in) {
  if (in.is("ENV") || in.is("LABEL")) {
    // BuildKit's node lists key, value, separator triples.
    for (size_t i = 0; i + 1 < in.args.size(); i += 3) {
      KeyValue kv;
      kv.key = in.args[i].text;
      kv.value = in.args[i + 1].text;
      kv.has_equals = i + 2 < in.args.size() && in.args[i + 2].text == "=";
      kv.key_range = in.args[i].range;
      kv.value_range = in.args[i + 1].range;
      kv.range = {kv.key_range.begin, std::max(kv.key_range.end, kv.value_range.end)};
      in.pairs.push_back(std::move(kv));
    }
    // The separators are not arguments a user wrote.
    std::vector<Argument> words;
    for (size_t i = 0; i < in.args.size(); ++i) {
      if (i % 3 != 2) words.push_back(in.args[i]);
    }
    in.args = std::move(words);
  } else if (in.is("ARG")) {
    for (const Argument& arg : in.args) {
      KeyValue kv;
      auto eq = arg.text.find('=');
      kv.key = arg.text.substr(0, eq);
      kv.range = arg.range;
      // Clamped to the argument: a located range can be shorter than BuildKit's rewritten text.
      kv.key_range = {arg.range.begin,
                      std::min(arg.range.end, arg.range.begin + static_cast<uint32_t>(kv.key.size()))};
      if (eq != std::string::npos) {
        kv.has_equals = true;
        kv.value = arg.text.substr(eq + 1);
        kv.value_range = {std::min(kv.key_range.end + 1, arg.range.end), arg.range.end};
      }
      in.pairs.push_back(std::move(kv));
    }
  }
}

}  // namespace

void type_instruction(Instruction& in, char escape) {
  auto parsed = buildkit::parse_instruction(in.keyword, in.logical.text(), escape);
  if (!parsed) {
    in.errors.push_back(parsed.error().message);
    return;
  }
  const buildkit::Node& node = parsed.value();
  Locator locate(in.logical);
  for (const std::string& written : node.flags) in.flags.push_back(make_flag(written, locate.find(written)));

  uint32_t first_arg_at = 0;
  bool first = true;
  // ENV/LABEL arguments come as key, value, separator triples; the separator ("=" or "") is not a piece to
  // search for: looking for "=" would skip past the next key.
  bool triples = in.is("ENV") || in.is("LABEL");
  size_t index = 0;
  for (const buildkit::Node& arg : node.next) {
    uint32_t at = 0;
    bool separator = triples && index++ % 3 == 2;
    core::ByteRange range = separator ? core::ByteRange{} : locate.find(arg.value, &at);
    if (first) first_arg_at = at;
    first = false;
    in.args.push_back(Argument{arg.value, range});
  }
  if (node.json_form) {
    in.form = Form::kJson;
  } else if (is_shell_capable(in) && !in.args.empty()) {
    in.form = Form::kShell;
    // The shell gets the text after the flags (for HEALTHCHECK, after "CMD").
    size_t command_arg = in.is("HEALTHCHECK") ? 1 : 0;
    if (in.is("HEALTHCHECK") && (in.args.size() < 2 || in.args[0].text != "CMD")) {
      in.form = Form::kNone;
    } else {
      uint32_t begin = first_arg_at;
      if (command_arg == 1) {
        size_t at = in.logical.text().find(in.args[1].text, first_arg_at + in.args[0].text.size());
        begin = at == std::string::npos ? first_arg_at : static_cast<uint32_t>(at);
      }
      in.command = in.logical.slice(begin, begin + static_cast<uint32_t>(in.args[command_arg].text.size()));
    }
  }
  read_pairs(in);
}

}  // namespace distill::syntax
