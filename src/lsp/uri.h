// file:// URIs as editors send them, and the paths they name.
#pragma once

#include <string>
#include <string_view>

namespace distill::lsp {

// "file:///home/me/My%20App/Dockerfile" -> "/home/me/My App/Dockerfile"; "" for other schemes (untitled:).
std::string path_of(std::string_view uri);

}  // namespace distill::lsp
