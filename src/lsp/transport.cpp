#include "lsp/transport.h"

#include <cctype>
#include <istream>
#include <ostream>

namespace distill::lsp {

namespace {

constexpr size_t kMaxMessage = 64u << 20;  // a client bug, not a Dockerfile, sends more than this

}  // namespace

ReadResult read_message(std::istream& in) {
  std::optional<size_t> length;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!length) return {std::nullopt, "a message without a Content-Length header"};
      break;
    }
    constexpr std::string_view kHeader = "content-length:";
    if (line.size() > kHeader.size()) {
      std::string name = line.substr(0, kHeader.size());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (name == kHeader) {
        try {
          length = std::stoul(line.substr(kHeader.size()));
        } catch (const std::exception&) {
          return {std::nullopt, "a Content-Length that is not a number: " + line};
        }
      }
    }
  }
  if (!length) return {std::nullopt, in.eof() ? "" : "unreadable headers"};
  if (*length > kMaxMessage) return {std::nullopt, "a message of " + std::to_string(*length) + " bytes"};
  std::string body(*length, '\0');
  in.read(body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<size_t>(in.gcount()) != *length) return {std::nullopt, "the input ended inside a message"};
  auto parsed = nlohmann::json::parse(body, nullptr, false);
  if (parsed.is_discarded()) return {std::nullopt, "a message that is not JSON", true};
  return {std::move(parsed), "", false};
}

void write_message(std::ostream& out, const nlohmann::json& message) {
  std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

}  // namespace distill::lsp
