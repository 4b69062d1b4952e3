import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { GENERATOR_CATALOGUE } from '../../../libs/catalogue/src/generator-catalogue.js';
import { DEFECT_KINDS } from '../../../libs/reality/src/defect-kinds.js';
import { AGGREGATE_OPERATORS, CONDITION_OPERATORS, DISTRIBUTIONS, FORMULA_OPERATORS, LOGICAL_TYPES } from './plan-enums.js';

export interface CatalogueBody {
  generators: { name: string; kind: string; description: string }[];
  field_types: string[];
  distributions: string[];
  formula_operators: string[];
  condition_operators: string[];
  aggregate_operators: string[];
  defect_kinds: string[];
}

// What a plan may name, for whoever edits one (the page, a script): the value generators, the
// field types, distributions and the operators of formulas, conditions and aggregates, and the defect kinds defect_rates and manifests use.
@Controller('api')
@ApiBearerAuth()
export class CatalogueController {
  private readonly body: CatalogueBody = {
    generators: GENERATOR_CATALOGUE.map(({ name, kind, description }) => ({ name, kind, description })),
    field_types: LOGICAL_TYPES.names,
    distributions: DISTRIBUTIONS.names,
    formula_operators: FORMULA_OPERATORS.names,
    condition_operators: CONDITION_OPERATORS.names,
    aggregate_operators: AGGREGATE_OPERATORS.names,
    defect_kinds: [...DEFECT_KINDS],
  };

  @Get('catalogue')
  @ApiOkResponse({ description: '{"generators": [{"name", "kind", "description"}], "field_types", "distributions", "formula_operators", "condition_operators", "aggregate_operators", "defect_kinds"}' })
  catalogue(): CatalogueBody {
    return this.body;
  }
}
