// Accumulates the text of the block being written (whitespace collapsed, or kept verbatim
// inside <pre>), the inline marks opened and closed over it, and images met on the way; a
// flush turns them into one Block with block-local offsets, followed by the images.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "pith/article.h"

namespace pith::detail {

// What the enclosing elements make of the text written now.
struct BlockStyle {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  bool verbatim = false;  // <pre>: every space, tab and line kept
  bool credit = false;    // a caption that is a credit line
  std::string language;   // code blocks
};

class BlockWriter {
 public:
  // Finished blocks; Mark and TableCell offsets index the block's own text.
  std::vector<Block> blocks;

  void text(std::string_view s, const BlockStyle& st);
  // <br>: a line break; a second one in a row ends the paragraph ("para<br><br>para").
  void line_break(const BlockStyle& st);
  // Inside <pre>: starts a new line unless the text is empty or already at a line start
  // ("<pre><div>a</div><div>b</div></pre>" reads "a\nb").
  void end_line(const BlockStyle& st);
  // Ends the current block (when it holds text), then emits the queued images.
  void flush();

  // Marks nest like the elements that open them; a mark of a kind already open adds nothing
  // (<b><strong>x</strong></b> is one strong range).
  void open_mark(MarkKind kind, std::string href);
  void close_mark();
  // The innermost open link's target, or nullptr.
  const std::string* link() const;

  // An image inside running text: emitted as its own block after the current one.
  void queue_image(Image img) { images_.push_back(std::move(img)); }
  bool has_queued_images() const { return !images_.empty(); }

  // True while the current block holds no visible character.
  bool empty() const;

 private:
  struct OpenMark {
    MarkKind kind;
    std::string href;
    std::size_t start;
    bool active;
  };
  void start(const BlockStyle& st);
  void finish_mark(MarkKind kind, const std::string& href, std::size_t s, std::size_t e);

  std::string cur_;
  bool space_ = true;
  bool started_ = false;
  bool visible_ = false;  // cur_ holds a character other than a space or line break
  BlockStyle style_;
  std::vector<OpenMark> open_;
  std::vector<Mark> marks_;  // closed marks of the current block, offsets into cur_
  std::vector<Image> images_;
};

// Trims a block's marks to [b, e) of its text, shifted to start at b, without leading or
// trailing spaces; drops the empty ones; sorts them by start (outer mark first).
void clip_marks(std::vector<Mark>& marks, const std::string& text, std::size_t b, std::size_t e);

}  // namespace pith::detail
