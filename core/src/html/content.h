// Content selection over the light DOM, after Readability: prune what is never article
// (prune.cpp), measure text/link density per element (measure.cpp), score paragraphs into
// their ancestors and pick the best container plus its qualifying siblings (select.cpp),
// then drop link lists, image strips and forms inside it (clean.cpp).
#pragma once
#include <vector>

#include "html/tag_tables.h"
#include "html/tree.h"

namespace pith::detail {

struct SelectFlags {
  bool strip_unlikely = true;       // prune class/id "comment", "sidebar"... before scoring
  bool weight_classes = true;       // +-25 for positive/negative class and id names
  bool clean_conditionally = true;  // drop link-heavy lists and divs inside the article
  bool prune_landmarks = true;      // nav, aside, footer, header, menu elements
  bool honour_hidden = true;        // drop elements with the hidden attribute
  bool posts_are_content = false;   // a forum: "comment"/"replies" class words say nothing
  bool cards_are_content = false;   // a listing or collection: link-heavy cards stay
};

// Per-element totals over the subtree, excluding removed nodes.
struct Measure {
  int text = 0;          // characters, whitespace collapsed
  int link = 0;          // characters inside <a>
  int commas = 0;
  int p = 0, img = 0, li = 0, input = 0, embed = 0, rows = 0;
  int heading_text = 0;  // characters inside h1-h6
  int list_text = 0;     // characters inside ul/ol
  bool block_child = false;  // has a div/p/table/list/blockquote/pre/img descendant
  bool data_table_part = false;  // th/thead/caption seen (a data table, kept)
};

// Marks never-content nodes removed (Node::removed); byline_node too when >= 0.
// `visible`, when given, caches the measure of what a reader sees (before class words are
// weighed) between calls on the same document with the same honour_hidden: filled when
// empty, reused otherwise.
void prune(Document& d, const SelectFlags& f, int byline_node, std::vector<Measure>* visible = nullptr);

// Bottom-up totals for every node (removed nodes stay zero).
std::vector<Measure> measure(const Document& d);

// Picks the article: the ids of the top-level nodes to output, in document order.
std::vector<int> select_content(const Document& d, const std::vector<Measure>& m, const SelectFlags& f);

// Removes link lists, forms, image strips, negative headings inside the chosen nodes.
void clean_content(Document& d, const std::vector<int>& roots, const SelectFlags& f,
                   const std::string& title);

// The class/id weight, without what post words say when posts are the content (a forum).
int class_weight(const Node& n, const SelectFlags& f);
ClassVerdict class_verdict(const Node& n, const SelectFlags& f);  // weight and reason of its class/id words
double link_density(const Measure& m);

}  // namespace pith::detail
