#pragma once

// Output: plain text for a terminal, JSON for pipelines, HTML with an SVG chart for people.
#include <factrec/report/binding_text.hpp>
#include <factrec/report/html.hpp>
#include <factrec/report/json.hpp>
#include <factrec/report/schema.hpp>
#include <factrec/report/solution_json.hpp>
#include <factrec/report/text.hpp>
