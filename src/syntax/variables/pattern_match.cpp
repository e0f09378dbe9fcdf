// A Pike VM over pattern tokens: threads kept in priority order give Go's leftmost-first answer without
// backtracking.
#include "syntax/variables/pattern_match.h"

#include <vector>

#include "syntax/variables/unicode_class.h"
#include "syntax/variables/utf8.h"

namespace distill::syntax::variables {
namespace {

using Kind = PatternToken::Kind;

struct Thread {
  size_t state;  // index of the token waiting for input; tokens.size() means "matched"
  size_t start;
};

class Machine {
 public:
  explicit Machine(const ShellPattern& pattern)
      : tokens_(pattern.tokens), greedy_(pattern.greedy), mark_(tokens_.size() + 1, 0) {}

  std::optional<MatchSpan> run(std::string_view text, size_t from, bool anchored) {
    std::vector<Thread> current;
    std::vector<Thread> next;
    std::optional<MatchSpan> found;
    size_t pos = from;
    while (true) {
      if (current.empty() && (found || (anchored && pos != from))) break;
      ++generation_;
      if (!found && (!anchored || pos == from)) {
        // Re-mark the threads already queued so the new lowest-priority start cannot duplicate them.
        for (const Thread& t : current) mark_[t.state] = generation_;
        add_closure(current, 0, pos);
      }
      const Rune r = decode_rune(text, pos);
      ++generation_;
      next.clear();
      for (const Thread& t : current) {
        if (t.state == tokens_.size()) {
          found = MatchSpan{t.start, pos};
          break;  // leftmost-first: every lower-priority thread is cut off
        }
        if (r.width == 0) continue;
        const PatternToken& token = tokens_[t.state];
        switch (token.kind) {
          case Kind::literal:
            if (r.code == token.code) add_closure(next, t.state + 1, t.start);
            break;
          case Kind::any:
            if (r.code != '\n') add_closure(next, t.state + 1, t.start);
            break;
          case Kind::star:
            if (r.code != '\n') add_closure(next, t.state, t.start);
            break;
        }
      }
      if (r.width == 0) break;
      pos += r.width;
      current.swap(next);
    }
    return found;
  }

 private:
  // Adds every state reachable from `state` without input, in priority order: a greedy `*` prefers another
  // character before moving on, a lazy one prefers moving on.
  void add_closure(std::vector<Thread>& list, size_t state, size_t start) {
    deferred_.clear();
    while (true) {
      if (mark_[state] == generation_) break;
      mark_[state] = generation_;
      if (state == tokens_.size() || tokens_[state].kind != Kind::star) {
        list.push_back({state, start});
        break;
      }
      if (greedy_) {
        list.push_back({state, start});
      } else {
        deferred_.push_back(state);
      }
      ++state;
    }
    for (auto it = deferred_.rbegin(); it != deferred_.rend(); ++it) list.push_back({*it, start});
  }

  const std::vector<PatternToken>& tokens_;
  bool greedy_;
  std::vector<uint64_t> mark_;
  uint64_t generation_ = 0;
  std::vector<size_t> deferred_;
};

bool is_template_name_rune(char32_t c) {
  return is_letter(c) || is_digit(c) || c == '_';
}

// Go's Regexp.Expand restricted to a pattern without capture groups: only group 0 exists.
void expand_template(std::string& out, std::string_view tmpl, std::string_view match) {
  size_t i = 0;
  while (i < tmpl.size()) {
    const size_t dollar = tmpl.find('$', i);
    if (dollar == std::string_view::npos) break;
    out.append(tmpl.substr(i, dollar - i));
    i = dollar + 1;
    if (i < tmpl.size() && tmpl[i] == '$') {
      out.push_back('$');
      ++i;
      continue;
    }
    const bool brace = i < tmpl.size() && tmpl[i] == '{';
    size_t name_begin = brace ? i + 1 : i;
    size_t name_end = name_begin;
    while (name_end < tmpl.size()) {
      const Rune r = decode_rune(tmpl, name_end);
      if (!is_template_name_rune(r.code)) break;
      name_end += r.width;
    }
    const bool closed = !brace || (name_end < tmpl.size() && tmpl[name_end] == '}');
    if (name_end == name_begin || !closed) {
      out.push_back('$');  // malformed reference: the dollar is kept as text
      continue;
    }
    const std::string_view name = tmpl.substr(name_begin, name_end - name_begin);
    i = brace ? name_end + 1 : name_end;
    // Go reads "0" as group 0 (leading zeros make a name, not a number); no other group or name exists here.
    if (name == "0") out.append(match);
  }
  out.append(tmpl.substr(i));
}

}  // namespace

std::optional<MatchSpan> find_match(const ShellPattern& pattern, std::string_view text, size_t from,
                                    bool anchored) {
  Machine machine(pattern);
  return machine.run(text, from, anchored);
}

std::string replace_all_matches(const ShellPattern& pattern, std::string_view text,
                                std::string_view replacement) {
  Machine machine(pattern);
  std::string out;
  size_t last_end = 0;
  size_t search = 0;
  while (search <= text.size()) {
    const auto match = machine.run(text, search, false);
    if (!match) break;
    out.append(text.substr(last_end, match->begin - last_end));
    // An empty match right after a previous match is not replaced again.
    if (match->end > last_end || match->begin == 0) {
      expand_template(out, replacement, text.substr(match->begin, match->end - match->begin));
    }
    last_end = match->end;
    const uint32_t width = decode_rune(text, search).width;
    if (search + width > match->end) {
      search += width;
    } else if (search + 1 > match->end) {
      ++search;
    } else {
      search = match->end;
    }
  }
  out.append(text.substr(last_end));
  return out;
}

}  // namespace distill::syntax::variables
