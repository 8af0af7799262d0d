/**
 * The longest text each input takes, in characters, checked before an operation runs. Keys are
 * `InputType.field`, `Query.field.argument` / `Mutation.field.argument`, or a bare name that holds
 * wherever it appears. Services may check tighter rules (a phone's form, a NIK's 16 digits); these are
 * the ceilings, matched to the columns that store the text. The README lists them.
 */
export const DEFAULT_TEXT_LIMIT = 200;

export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  // Wherever these names appear.
  notes: 2000,
  description: 1000,
  search: 100,
  email: 160,
  address: 500,
  reason: 500,
  lostReason: 500,
  password: 128,
  currentPassword: 128,
  newPassword: 128,
  // A cursor carries the last row's sort keys (a name of 120 characters among them), base64-encoded.
  after: 1000,

  'CampaignFieldsInput.name': 160,
  'UpdateCampaignInput.name': 160,
  'ClientFieldsInput.name': 160,
  'UpdateClientInput.name': 160,
  'CreateLeadInput.fullName': 120,
  'UpdateLeadInput.fullName': 120,
  'CreateLeadInput.companyName': 160,
  'UpdateLeadInput.companyName': 160,
  'CreateLeadInput.referrerName': 120,
  'UpdateLeadInput.referrerName': 120,
  'RestructureLoanInput.reason': 500,
  'CreateOfficeInput.code': 20,
  'UpdateOfficeInput.code': 20,
  'CreateOfficeInput.name': 120,
  'UpdateOfficeInput.name': 120,
  'CreateUserInput.name': 120,
  'UpdateUserInput.name': 120,
  'ProductFieldsInput.code': 30,
  'UpdateProductInput.code': 30,
  'ProductFieldsInput.name': 120,
  'UpdateProductInput.name': 120,
  'ProductFieldsInput.description': 5000,
  'UpdateProductInput.description': 5000,
  'RequirementInput.code': 40,
  'RequirementInput.label': 200,
  'MessageTemplateInput.code': 40,
  'MessageTemplateInput.name': 120,
  'MessageTemplateInput.body': 1000,
  'TaskFieldsInput.title': 200,
  'UpdateTaskInput.title': 200,
  'TaskFieldsInput.description': 5000,
  'UpdateTaskInput.description': 5000,
  'Mutation.commentTask.body': 2000,
  'Mutation.setLeadDocument.code': 40,
  'Mutation.updateBoardColumnSetting.board': 16,
  'Mutation.updateBoardColumnSetting.columnKey': 16,
  'Query.boardColumnSettings.board': 16,
  'Mutation.updateStageSla.stage': 16,
  'Mutation.setRecommendationThreshold.key': 32,
  'Query.auditTrail.entityType': 40,
  'Query.leadExportUrl.format': 10,
  'Mutation.login.email': 160,
  'Mutation.login.password': 128,
  'BatchRepaymentItemInput.key': 255,
};
