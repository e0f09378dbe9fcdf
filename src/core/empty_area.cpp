// Gives CMake a source for a library area that has no .cpp file yet.
namespace distill::core {}
