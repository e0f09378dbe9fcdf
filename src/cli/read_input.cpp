// stdin is read once, whole; files go through the FileSystem interface.
#include "cli/read_input.h"

#include <iostream>
#include <iterator>

namespace distill::cli {

core::Result<core::SourceText> read_input(const Input& input, const core::FileSystem& files) {
  if (input.from_stdin) {
    std::string content((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return core::Error{"cannot read standard input", "-"};
    return core::SourceText("-", std::move(content));
  }
  auto content = files.read(input.path);
  if (!content) return content.error();
  return core::SourceText(input.path, std::move(content.value()));
}

}  // namespace distill::cli
