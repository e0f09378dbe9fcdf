// Data files under rules/rewrite/ compiled into the binary (cmake/embed_text.cmake), so a single static
// binary carries its catalogue.
#pragma once

#include <string_view>

namespace distill::rewrite {

std::string_view images_yaml();

}  // namespace distill::rewrite
