// BuildKit's built-in ARGs as data, so lint rules need not hard-code which names are always defined.
#include "syntax/variables/predefined_args.h"

namespace distill::syntax::variables {

namespace {

Scope build_predefined_args() {
  Scope scope;
  // BuildKit derives these from the target and build platforms; linux/amd64 is the common default.
  scope.set("TARGETPLATFORM", "linux/amd64");
  scope.set("TARGETOS", "linux");
  scope.set("TARGETARCH", "amd64");
  scope.set("TARGETVARIANT", "");
  scope.set("BUILDPLATFORM", "linux/amd64");
  scope.set("BUILDOS", "linux");
  scope.set("BUILDARCH", "amd64");
  scope.set("BUILDVARIANT", "");
  // Usable without an ARG line, but only set when passed with --build-arg.
  for (const char* proxy : {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY",
                            "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"}) {
    scope.declare(proxy);
  }
  return scope;
}

}  // namespace

Scope predefined_args() {
  // Built once: every FROM line and every expanded word starts from a copy.
  static const Scope kPredefined = build_predefined_args();
  return kPredefined;
}

}  // namespace distill::syntax::variables
