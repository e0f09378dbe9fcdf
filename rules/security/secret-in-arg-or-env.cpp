// DL3064 (hadolint 2.15's code; distill's DI0007 before, kept as an alias): ARG and ENV values are recorded
// in the image (ENV in its config, ARG in the build history and provenance), so a secret passed that way can
// be read by anyone who can pull the image.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule_api.h"
#include "rules/security/secret_value_util.h"
#include "rules/security/shell_walk_util.h"

namespace distill::rules {
namespace {

using shell_walk::lower;

constexpr std::string_view kAliases[] = {"DI0007", "SecretsUsedInArgOrEnv"};
constexpr RuleMeta kMeta{.code = "DL3064",
                         .slug = "secret-in-arg-or-env",
                         .category = "security",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};

// BuildKit's SecretsUsedInArgOrEnv: a `_`-delimited token of the name is one of these (case-insensitive)...
constexpr std::string_view kSecretTokens[] = {"apikey",   "auth",  "credential", "credentials", "key",
                                              "password", "pword", "passwd",     "secret",      "token"};
// ...and none of these, which name something about a secret rather than the secret itself.
// BuildKit's list is public, file and version; the others name where a secret lives or how it is used
// (KEY_DIR, TOKEN_URL, AUTH_ENABLED, AUTH_METHOD), which BuildKit reports although they hold no secret.
constexpr std::string_view kAllowTokens[] = {"public",  "file",     "version", "dir",    "path", "url",
                                             "enabled", "disabled", "plugin",  "method", "type", "mode"};
// Credentials from hadolint's DL3064 list that the tokens miss.
constexpr std::string_view kKnownSecretNames[] = {"OKTA_OAUTH2_CLIENTSECRET"};

std::vector<std::string> tokens(std::string_view name) {
  std::vector<std::string> out;
  std::string lowered = lower(name);
  size_t start = 0;
  while (start <= lowered.size()) {
    size_t end = lowered.find('_', start);
    if (end == std::string::npos) end = lowered.size();
    out.push_back(lowered.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

template <size_t N>
bool has_token(const std::vector<std::string>& parts, const std::string_view (&set)[N]) {
  return std::any_of(parts.begin(), parts.end(), [&](const std::string& part) {
    return std::find(std::begin(set), std::end(set), part) != std::end(set);
  });
}

bool has_part(const std::vector<std::string>& parts, std::string_view token) {
  return std::find(parts.begin(), parts.end(), token) != parts.end();
}

// An OpenPGP fingerprint or long key id: 40 or 16 hex digits, maybe with "0x" or spaces between groups.
bool is_key_fingerprint(std::string_view value) {
  std::string digits;
  if (value.substr(0, 2) == "0x" || value.substr(0, 2) == "0X") value.remove_prefix(2);
  for (char c : value) {
    if (c == ' ') continue;
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    digits.push_back(c);
  }
  return digits.size() == 40 || digits.size() == 16;
}

// Names for the public keys that downloads are verified with, as the official images use them: GPG_KEY,
// GPG_KEYS, PGP_KEY (any value), and SWIFT_SIGNING_KEY or *_KEY_FINGERPRINT holding a fingerprint. Public by
// design, unless the name also says private, secret, password, passphrase or token.
bool is_public_key_reference(const std::vector<std::string>& parts, std::optional<std::string_view> value) {
  for (std::string_view secret : {"private", "secret", "password", "passphrase", "passwd", "token"}) {
    if (has_part(parts, secret)) return false;
  }
  if (has_part(parts, "gpg") || has_part(parts, "pgp") || has_part(parts, "gnupg")) return true;
  return (has_part(parts, "signing") || has_part(parts, "fingerprint")) && value &&
         is_key_fingerprint(*value);
}

bool name_looks_secret(std::string_view name, std::optional<std::string_view> value) {
  std::string upper(name);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (std::find(std::begin(kKnownSecretNames), std::end(kKnownSecretNames), upper) !=
      std::end(kKnownSecretNames))
    return true;
  auto parts = tokens(name);
  return has_token(parts, kSecretTokens) && !has_token(parts, kAllowTokens) &&
         !is_public_key_reference(parts, value);
}

std::string_view unquote(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
    return text.substr(1, text.size() - 2);
  return text;
}

constexpr std::string_view kAdvice =
    "; they stay readable in the image, so pass it with RUN --mount=type=secret instead";

class SecretInArgOrEnv final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("ARG") && !in.is("ENV")) return;
    for (const auto& pair : in.pairs) {
      // A literal credential in the value is the stronger finding; report one per variable.
      if (pair.value) {
        if (auto what = secret_value::looks_secret(*pair.value)) {
          ctx.report(pair.value_range, in.keyword + " '" + pair.key + "' holds what looks like " +
                                           std::string(*what) + std::string(kAdvice));
          continue;
        }
      }
      // ENV SWIFT_SIGNING_KEY=$SWIFT_SIGNING_KEY: judge the value the variable will have.
      std::optional<std::string> value;
      if (pair.value) value = ctx.expand(unquote(*pair.value));
      if (name_looks_secret(pair.key, value ? std::optional<std::string_view>(*value) : std::nullopt))
        ctx.report(pair.key_range,
                   in.keyword + " '" + pair.key + "' looks like it carries a secret" + std::string(kAdvice));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_secret_in_arg_or_env() {
  return std::make_unique<SecretInArgOrEnv>();
}

}  // namespace distill::rules
