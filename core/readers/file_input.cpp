#include "readers/file_input.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <citecheck/errors.hpp>

#include "readers/binary.hpp"
#include "readers/decode.hpp"

namespace citecheck::readers {
namespace {

constexpr std::size_t k_chunk = std::size_t{1} << 16;

std::string open_problem(int error) {
  switch (error) {
    case ENOENT:
      return "no such file";
    case EACCES:
    case EPERM:
      return "permission denied";
    case EISDIR:
      return "is a directory, not a file";
    case ENOTDIR:
      return "a component of the path is not a directory";
    case ELOOP:
      return "too many symbolic links";
    case ENAMETOOLONG:
      return "file name too long";
    default:
      return std::string("cannot open: ") + std::strerror(error);
  }
}

std::string too_large(std::size_t limit) {
  return "file is larger than the limit of " + std::to_string(limit) + " bytes";
}

// Closes the descriptor on every path out, including exceptions.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : m_fd(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (m_fd > 2) {
      ::close(m_fd);
    }
  }
  int get() const { return m_fd; }

 private:
  int m_fd;
};

// Streams (pipes, devices) have no size up front: look at the first chunk before reading on.
void check_stream_start(const std::string& path, std::string_view head) {
  if (detect_encoding(head).encoding != Encoding::utf8) {
    return;  // UTF-16/32: NUL bytes are expected
  }
  if (head.starts_with("%PDF-") || head.starts_with("PK\x03\x04")) {
    return;  // documents in binary containers: sniffed later
  }
  if (auto reason = binary_reason(head)) {
    throw InputError(path, binary_message(*reason));
  }
}

std::string read_all(const std::string& path, int fd, std::size_t limit, bool is_stream,
                     std::size_t size_hint) {
  std::string bytes;
  bytes.reserve(std::min(size_hint, limit) + k_chunk);
  bool checked_start = !is_stream;
  for (;;) {
    const std::size_t old_size = bytes.size();
    bytes.resize(old_size + k_chunk);
    const ssize_t got = ::read(fd, bytes.data() + old_size, k_chunk);
    if (got < 0) {
      bytes.resize(old_size);
      if (errno == EINTR) {
        continue;
      }
      const int error = errno;
      if (error == EISDIR) {
        throw InputError(path, "is a directory, not a file");
      }
      throw InputError(path, std::string("read error: ") + std::strerror(error));
    }
    bytes.resize(old_size + static_cast<std::size_t>(got));
    if (got == 0) {
      break;
    }
    if (bytes.size() > limit) {
      throw InputError(path, too_large(limit));
    }
    if (!checked_start && bytes.size() >= k_sniff_bytes) {
      check_stream_start(path, bytes);
      checked_start = true;
    }
  }
  return bytes;
}

}  // namespace

std::string read_input_bytes(const std::string& path, const ReadLimits& limits) {
  if (path.empty()) {
    throw InputError("(empty path)", "no file name given");
  }
  if (path == "-") {
    return read_all("-", STDIN_FILENO, limits.max_file_bytes, true, 0);
  }
  // Non-blocking open: a FIFO with no writer would otherwise block here forever. Reads
  // block again afterwards, so a pipe with a writer is read to its end.
  const int raw_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (raw_fd < 0) {
    throw InputError(path, open_problem(errno));
  }
  FileDescriptor fd(raw_fd);
  if (const int flags = ::fcntl(fd.get(), F_GETFL); flags >= 0) {
    ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK);
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) {
    throw InputError(path, std::string("cannot stat: ") + std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) {
    throw InputError(path, "is a directory, not a file");
  }
  const bool regular = S_ISREG(info.st_mode);
  if (regular && static_cast<std::uint64_t>(info.st_size) > limits.max_file_bytes) {
    throw InputError(path, too_large(limits.max_file_bytes));
  }
  return read_all(path, fd.get(), limits.max_file_bytes, !regular,
                  regular ? static_cast<std::size_t>(info.st_size) : 0);
}

}  // namespace citecheck::readers
