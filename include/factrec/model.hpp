#pragma once

// The problem: facts, claims, relations, and the relation language (Spirit X3).
#include <factrec/model/expression.hpp>
#include <factrec/model/fact.hpp>
#include <factrec/model/model.hpp>
#include <factrec/model/relation_syntax.hpp>
