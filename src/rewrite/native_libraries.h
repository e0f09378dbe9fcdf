// Shared libraries the application's native code loads but the distroless runtime lacks (libpq for psycopg2,
// libxml2 for lxml, libzmq for pyzmq, …). The runtime cannot install packages, so the builder gathers them:
// the ldd closure of every native object the runtime will load (extension modules, .node addons, the
// libraries of runtime library packages the stage installed), minus what the runtime image already has —
// checked against that image itself, bind-mounted into the RUN, not against a list that could drift. The
// runtime copies them into /usr/lib, which the dynamic loader searches by default on every architecture.
#pragma once

#include <string>
#include <vector>

#include "rewrite/plan.h"

namespace distill::rewrite {

// Whether an OS package is a shared library (or its headers) rather than a program: "libpq-dev", "libpq5",
// "unixodbc-dev". Programs (ffmpeg, postgresql-client, libvips-tools) are not: the runtime cannot run them.
bool is_library_package(const std::string& name);

// Adds the builder RUN that gathers what `scan_dirs` and `packages` need and the runtime lacks, and the copy
// of the result into /usr/lib, with a note naming the packages.
void collect_native_libraries(const PlanContext& context, const std::vector<std::string>& scan_dirs,
                              const std::vector<std::string>& packages, RuntimePlan& plan);

}  // namespace distill::rewrite
