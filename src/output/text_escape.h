// The escaping rules of the text-based formats (XML, GitHub workflow commands) and the UTF-8 repair they rely
// on, kept together so each is written and tested once.
#pragma once

#include <string>
#include <string_view>

namespace distill::output {

// Replaces each invalid UTF-8 sequence with U+FFFD, so XML and JSON writers never see broken text.
std::string valid_utf8(std::string_view text);

// Escapes &, <, >, " and ' and drops what XML 1.0 forbids (C0 controls other than tab/newline/CR become
// U+FFFD); tab, newline and CR become character references so attribute values keep them.
std::string xml_escape(std::string_view text);

// GitHub workflow command message text: %, CR and LF are percent-encoded.
std::string github_escape_data(std::string_view text);
// GitHub workflow command property values: as for data, plus ':' and ','.
std::string github_escape_property(std::string_view text);

// Newlines and CRs become spaces: line-oriented formats (gnu, tty headers) must stay one line per finding.
std::string single_line(std::string_view text);

}  // namespace distill::output
