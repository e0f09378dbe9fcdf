// One serialisation policy for every JSON format: invalid UTF-8 replaced, never thrown.
#include "output/json_text.h"

namespace distill::output {

std::string dump_json(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace distill::output
