#include "readers/pdf_links.hpp"

#include <algorithm>
#include <memory>

#include <poppler.h>

namespace citecheck::readers {
namespace {

// A URI longer than this is no citation's URL (and would only cost memory downstream).
constexpr std::size_t k_max_uri_bytes = 8192;
// Links on a page past this are not read: no real page cites more, a crafted one might.
constexpr std::size_t k_max_links_per_page = 10000;

struct GObjectFree {
  void operator()(void* object) const { g_object_unref(object); }
};

// Poppler-glib reports damage through GLib's log; the poppler-cpp reader already says it once.
void ignore_log(const gchar*, GLogLevelFlags, const gchar*, gpointer) {}

}  // namespace

std::vector<PdfLinkArea> read_pdf_links(const std::string& bytes) {
  std::vector<PdfLinkArea> links;
  const guint handler =
      g_log_set_handler("Poppler", static_cast<GLogLevelFlags>(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL),
                        ignore_log, nullptr);
  GBytes* data = g_bytes_new_static(bytes.data(), bytes.size());
  GError* error = nullptr;
  std::unique_ptr<PopplerDocument, GObjectFree> document(
      poppler_document_new_from_bytes(data, nullptr, &error));
  g_bytes_unref(data);  // the document holds its own reference while it lives
  if (error != nullptr) {
    g_error_free(error);
  }
  const int pages = document ? poppler_document_get_n_pages(document.get()) : 0;
  for (int index = 0; index < pages; ++index) {
    std::unique_ptr<PopplerPage, GObjectFree> page(
        poppler_document_get_page(document.get(), index));
    if (!page) {
      continue;
    }
    double width = 0;
    double height = 0;
    poppler_page_get_size(page.get(), &width, &height);
    GList* mapping = poppler_page_get_link_mapping(page.get());
    std::size_t count = 0;
    for (GList* item = mapping; item != nullptr && count < k_max_links_per_page;
         item = item->next, ++count) {
      const auto* link = static_cast<const PopplerLinkMapping*>(item->data);
      if (link == nullptr || link->action == nullptr || link->action->type != POPPLER_ACTION_URI ||
          link->action->uri.uri == nullptr) {
        continue;
      }
      std::string uri(link->action->uri.uri);
      if (uri.empty() || uri.size() > k_max_uri_bytes) {
        continue;
      }
      // Link areas come in PDF user space (origin bottom-left); words come top-left.
      const PopplerRectangle& r = link->area;
      links.push_back({index, std::min(r.x1, r.x2), height - std::max(r.y1, r.y2),
                       std::max(r.x1, r.x2), height - std::min(r.y1, r.y2), std::move(uri)});
    }
    poppler_page_free_link_mapping(mapping);
  }
  g_log_remove_handler("Poppler", handler);
  return links;
}

}  // namespace citecheck::readers
