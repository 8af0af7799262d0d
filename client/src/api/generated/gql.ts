/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppSettings {\n    appSettings {\n      dsrLimitPercent\n      organizationName\n    }\n  }\n": typeof types.AppSettingsDocument,
    "\n  query OfficeZones($first: Int, $after: String) {\n    offices(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        timeZone\n      }\n    }\n  }\n": typeof types.OfficeZonesDocument,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    segment\n    active\n    mustChangePassword\n    officeId\n    office {\n      id\n      name\n    }\n    version\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($filter: UserFilterInput, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id) {\n      temporaryPassword\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ReassignPortfolio($fromOfficerId: ID!, $toOfficerId: ID!, $reason: String!) {\n    reassignPortfolio(fromOfficerId: $fromOfficerId, toOfficerId: $toOfficerId, reason: $reason) {\n      leads\n      clients\n      followUps\n    }\n  }\n": typeof types.ReassignPortfolioDocument,
    "\n  query Offices($first: Int, $after: String) {\n    offices(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        parentId\n        timeZone\n        monthlyBudget\n        version\n      }\n    }\n  }\n": typeof types.OfficesDocument,
    "\n  mutation CreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      id\n      code\n      name\n      parentId\n      timeZone\n      version\n    }\n  }\n": typeof types.CreateOfficeDocument,
    "\n  mutation UpdateOffice($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      id\n      code\n      name\n      parentId\n      timeZone\n      monthlyBudget\n      version\n    }\n  }\n": typeof types.UpdateOfficeDocument,
    "\n  query AuditTrail($entityType: String!, $entityId: ID!, $first: Int, $after: String) {\n    auditTrail(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        at\n        actor {\n          id\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AuditEntries($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        at\n        entityType\n        entityId\n        fields\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        segment\n        mustChangePassword\n        office {\n          id\n          name\n          timeZone\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      segment\n      mustChangePassword\n      office {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    name\n    slug\n    channel\n    status\n    startDate\n    endDate\n    budget\n    spend\n    leadGoal\n    description\n    formEnabled\n    formUrl\n    qrUrl\n    version\n    product {\n      id\n      name\n    }\n    figures {\n      leads\n      converted\n      amountWon\n      costPerLead\n      goalProgress\n    }\n  }\n": typeof types.CampaignFieldsFragmentDoc,
    "\n  query Campaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CampaignFields\n      }\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n      leadsBrought(first: 50) {\n        totalCount\n        nodes {\n          id\n          fullName\n          phone\n          stage\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.CampaignDocument,
    "\n  mutation CreateCampaign($input: CampaignFieldsInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation ImportLeads($importId: ID!, $mapping: ImportMappingInput!) {\n    importLeads(importId: $importId, mapping: $mapping) {\n      id\n      status\n    }\n  }\n": typeof types.ImportLeadsDocument,
    "\n  query Clients($filter: ClientFilterInput, $first: Int, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cif\n        name\n        type\n        phone\n        status\n        segment\n        officer {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClientsDocument,
    "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      cif\n      type\n      name\n      nik\n      npwp\n      birthDate\n      gender\n      phone\n      whatsapp\n      email\n      address\n      segment\n      status\n      monthlyIncome\n      existingInstallments\n      version\n      createdAt\n      officer {\n        id\n        name\n      }\n      office {\n        id\n        name\n      }\n      sourceLead {\n        id\n        fullName\n      }\n      productsHeld {\n        id\n        amount\n        tenorMonths\n        product {\n          id\n          name\n        }\n      }\n      offers {\n        id\n        status\n        amount\n        tenorMonths\n        annualRate\n        pdfUrl\n        dsrPercent\n        dsrOverLimit\n        dsrLimitPercent\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClientDetailDocument,
    "\n  mutation CreateClient($input: ClientFieldsInput!) {\n    createClient(input: $input) {\n      id\n      cif\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateClientDocument,
    "\n  query CollectionSheet($officerId: ID, $date: LocalDate) {\n    collectionSheet(officerId: $officerId, date: $date) {\n      date\n      timeZone\n      officeName\n      officer {\n        id\n        name\n      }\n      totalDue\n      pdfUrl\n      rows {\n        loanId\n        clientId\n        clientName\n        phone\n        amountDue\n        dueOnDate\n        daysPastDue\n        collectibility\n        oldestDueDate\n        nextDueDate\n        lastPromise {\n          promisedDate\n          amount\n          status\n        }\n        contactLinks {\n          tel\n          whatsapp\n          sms\n          whatsappUnavailable\n        }\n      }\n    }\n  }\n": typeof types.CollectionSheetDocument,
    "\n  mutation PostSheetRepayment($input: PostRepaymentInput!) {\n    postRepayment(input: $input) {\n      id\n      arrears\n      daysPastDue\n    }\n  }\n": typeof types.PostSheetRepaymentDocument,
    "\n  fragment ComplaintCardFields on Complaint {\n    id\n    status\n    position\n    channel\n    priority\n    category {\n      id\n      name\n    }\n    description\n    client {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    ownerId\n    owner {\n      id\n      name\n    }\n    officeId\n    receivedAt\n    slaDueDate\n    workingDaysLeft\n    breached\n    warning\n    paused\n    extended\n    version\n  }\n": typeof types.ComplaintCardFieldsFragmentDoc,
    "\n  query ComplaintBoard($filter: ComplaintFilter, $perColumn: Int) {\n    complaintBoard(filter: $filter, perColumn: $perColumn) {\n      columns {\n        status\n        count\n        breached\n        wipLimit\n        hardLimit\n        hasMore\n        endCursor\n        cards {\n          ...ComplaintCardFields\n        }\n      }\n    }\n  }\n": typeof types.ComplaintBoardDocument,
    "\n  query ComplaintColumn($status: ComplaintStatus!, $filter: ComplaintFilter, $after: String, $first: Int) {\n    complaintColumn(status: $status, filter: $filter, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...ComplaintCardFields\n      }\n    }\n  }\n": typeof types.ComplaintColumnDocument,
    "\n  mutation MoveComplaint($input: MoveComplaintInput!) {\n    moveComplaint(input: $input) {\n      ...ComplaintCardFields\n    }\n  }\n": typeof types.MoveComplaintDocument,
    "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintCardFields\n      completeOn\n      workingDaysUsed\n      workingDaysAllowed\n      extendedOn\n      extensionReason\n      extensionDays\n      extensionToldVia\n      extensionToldOn\n      resolution\n      policy {\n        id\n        name\n      }\n      outcome\n      answerChannel\n      answeredOn\n      resolvedOn\n      reopenUntil\n      loanId\n      product {\n        id\n        name\n      }\n      timeline {\n        id\n        kind\n        status\n        note\n        actor {\n          id\n          name\n        }\n        at\n      }\n    }\n  }\n": typeof types.ComplaintDocument,
    "\n  query ClientComplaints($filter: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ComplaintCardFields\n        resolvedOn\n      }\n    }\n  }\n": typeof types.ClientComplaintsDocument,
    "\n  query ComplaintLists {\n    complaintCategories {\n      id\n      name\n    }\n    resolutionPolicies {\n      id\n      name\n      description\n    }\n  }\n": typeof types.ComplaintListsDocument,
    "\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintCardFields\n    }\n  }\n": typeof types.CreateComplaintDocument,
    "\n  mutation ExtendComplaint($id: ID!, $reason: String!, $toldVia: ComplaintChannel!, $toldOn: LocalDate!) {\n    extendComplaint(id: $id, reason: $reason, toldVia: $toldVia, toldOn: $toldOn) {\n      ...ComplaintCardFields\n    }\n  }\n": typeof types.ExtendComplaintDocument,
    "\n  mutation ReopenComplaint($id: ID!, $reason: String!) {\n    reopenComplaint(id: $id, reason: $reason) {\n      ...ComplaintCardFields\n    }\n  }\n": typeof types.ReopenComplaintDocument,
    "\n  mutation ResolveComplaint($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      ...ComplaintCardFields\n    }\n  }\n": typeof types.ResolveComplaintDocument,
    "\n  query ComplaintReport($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    complaintReport(from: $from, to: $to, officeId: $officeId) {\n      total\n      resolved\n      resolvedOnTime\n      openBreached\n      slaCompliancePercent\n      medianResolutionDays\n      p90ResolutionDays\n      byCategory {\n        key\n        count\n      }\n      byChannel {\n        key\n        count\n      }\n      byProduct {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n    }\n  }\n": typeof types.ComplaintReportDocument,
    "\n  query WorkCalendar($year: Int!, $officeId: ID) {\n    workCalendar(year: $year, officeId: $officeId) {\n      year\n      officeId\n      region\n      workingDays\n      editable\n      holidays {\n        date\n        name\n        kind\n        region\n      }\n    }\n  }\n": typeof types.WorkCalendarDocument,
    "\n  mutation SetHoliday($input: SetHolidayInput!) {\n    setHoliday(input: $input) {\n      region\n    }\n  }\n": typeof types.SetHolidayDocument,
    "\n  mutation RemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      region\n    }\n  }\n": typeof types.RemoveHolidayDocument,
    "\n  query ComplaintReportCsvUrl($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    complaintReportCsvUrl(from: $from, to: $to, officeId: $officeId)\n  }\n": typeof types.ComplaintReportCsvUrlDocument,
    "\n  mutation ReassignComplaint($id: ID!, $ownerId: ID!) {\n    reassignComplaint(id: $id, ownerId: $ownerId) {\n      ...ComplaintCardFields\n    }\n  }\n": typeof types.ReassignComplaintDocument,
    "\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    name\n    active\n    slaWorkingDays\n    slaExtensionDays\n    slaWarningDays\n    version\n  }\n": typeof types.ComplaintCategoryFieldsFragmentDoc,
    "\n  query ComplaintSettings {\n    complaintCategories(includeRetired: true) {\n      ...ComplaintCategoryFields\n    }\n    resolutionPolicies(includeRetired: true) {\n      id\n      name\n      description\n      active\n      version\n    }\n    complaintSlaDefaults {\n      workingDays\n      extensionDays\n      warningDays\n      reopenDays\n    }\n    boardColumnSettings(board: \"complaints\") {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n": typeof types.ComplaintSettingsDocument,
    "\n  mutation SaveComplaintCategory($input: ComplaintCatalogInput!) {\n    saveComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n": typeof types.SaveComplaintCategoryDocument,
    "\n  mutation SaveResolutionPolicy($input: ComplaintCatalogInput!) {\n    saveResolutionPolicy(input: $input) {\n      id\n      name\n      description\n      active\n      version\n    }\n  }\n": typeof types.SaveResolutionPolicyDocument,
    "\n  mutation UpdateComplaintWipLimit($columnKey: String!, $wipLimit: Int) {\n    updateBoardColumnSetting(board: \"complaints\", columnKey: $columnKey, wipLimit: $wipLimit, hardLimit: false) {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n": typeof types.UpdateComplaintWipLimitDocument,
    "\n  fragment ActivityFields on Activity {\n    id\n    type\n    dueAt\n    doneAt\n    outcome\n    notes\n    message\n    leadId\n    clientId\n    lead {\n      id\n      fullName\n      companyName\n      phone\n      officeId\n    }\n    client {\n      id\n      name\n      phone\n      officeId\n    }\n    reminderInvoice {\n      id\n      number\n    }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query Agenda($date: LocalDate) {\n    agenda(date: $date) {\n      date\n      overdue {\n        ...ActivityFields\n      }\n      today {\n        ...ActivityFields\n      }\n      upcoming {\n        ...ActivityFields\n      }\n    }\n  }\n": typeof types.AgendaDocument,
    "\n  query ContactLinks($id: ID!, $template: String) {\n    activity(id: $id) {\n      id\n      contactLinks(template: $template) {\n        tel\n        whatsapp\n        sms\n        whatsappUnavailable\n        message\n      }\n    }\n  }\n": typeof types.ContactLinksDocument,
    "\n  query MessageTemplates($first: Int, $after: String) {\n    messageTemplates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        body\n      }\n    }\n  }\n": typeof types.MessageTemplatesDocument,
    "\n  mutation CompleteActivity($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      completed {\n        id\n      }\n      next {\n        id\n      }\n    }\n  }\n": typeof types.CompleteActivityDocument,
    "\n  mutation ScheduleActivity($input: ScheduleActivityInput!) {\n    scheduleActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleActivityDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.LogActivityDocument,
    "\n  query Timeline($leadId: ID, $clientId: ID, $first: Int, $after: String) {\n    timeline(leadId: $leadId, clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        at\n        kind\n        code\n        summary\n        actorName\n        latitude\n        longitude\n        productName\n        amount\n        tenorMonths\n        note\n        complaintId\n      }\n    }\n  }\n": typeof types.TimelineDocument,
    "\n  query StageSlas {\n    stageSlas {\n      stage\n      maxIdleDays\n    }\n  }\n": typeof types.StageSlasDocument,
    "\n  query StaleLeads($ownerId: ID, $first: Int, $after: String) {\n    staleLeads(ownerId: $ownerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        fullName\n        companyName\n        stage\n        daysInStage\n        stageEnteredAt\n        lastActivityAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaleLeadsDocument,
    "\n  query CheckImport($importId: ID!, $mapping: ImportMappingInput!) {\n    checkImport(importId: $importId, mapping: $mapping) {\n      validRows\n      rejectedRows\n      duplicateRows\n      problems {\n        rowNumber\n        outcome\n        reason\n        reasons {\n          code\n          value\n          max\n        }\n      }\n    }\n  }\n": typeof types.CheckImportDocument,
    "\n  query LeadImport($id: ID!) {\n    leadImport(id: $id) {\n      id\n      status\n      totalRows\n      importedRows\n      rejectedRows\n      rejectedUrl\n      error\n      kind\n    }\n  }\n": typeof types.LeadImportDocument,
    "\n  query Invoices($filter: InvoiceFilterInput, $first: Int, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        kind\n        status\n        total\n        amountDue\n        dueDate\n        overdue\n        supplierName\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      kind\n      status\n      channel\n      issueDate\n      dueDate\n      overdue\n      subtotal\n      taxBase\n      tax\n      total\n      amountPaid\n      amountDue\n      version\n      pdfUrl\n      notes\n      supplierName\n      cancelReason\n      handedOverDate\n      handedOverTo\n      client {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n      }\n      lines {\n        description\n        quantity\n        unitPrice\n        taxCode\n        amount\n      }\n      creditNote {\n        number\n        date\n        total\n      }\n      delivery {\n        state\n        attempts\n        lastError\n        recipient\n        sentAt\n      }\n      payments {\n        paymentId\n        amount\n        date\n        method\n        reference\n        paymentVersion\n        reversedAt\n        reversalReason\n      }\n      reminders {\n        id\n        step\n        channel\n        day\n        recipient\n        activityId\n        deliveryState\n      }\n    }\n  }\n": typeof types.InvoiceDocument,
    "\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInvoiceDocument,
    "\n  mutation IssueInvoice($id: ID!, $channel: InvoiceChannel!) {\n    issueInvoice(id: $id, channel: $channel) {\n      id\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation CancelInvoice($id: ID!, $reason: String!) {\n    cancelInvoice(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.CancelInvoiceDocument,
    "\n  mutation HandOverInvoice($id: ID!, $date: LocalDate!, $receivedBy: String!) {\n    markInvoiceHandedOver(id: $id, date: $date, receivedBy: $receivedBy) {\n      id\n    }\n  }\n": typeof types.HandOverInvoiceDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      unallocated\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  query ReceivablesAging($kind: InvoiceKind, $asOf: LocalDate, $officerId: ID) {\n    receivablesAging(kind: $kind, asOf: $asOf, officerId: $officerId, first: 100) {\n      asOf\n      current\n      d1to30\n      d31to60\n      d61to90\n      over90\n      total\n      rowCount\n      officers {\n        officerId\n        officerName\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n      offices {\n        officeId\n        officeName\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n      rows {\n        client {\n          id\n          name\n        }\n        supplierName\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n    }\n  }\n": typeof types.ReceivablesAgingDocument,
    "\n  query InvoiceClients($filter: ClientFilterInput) {\n    clients(filter: $filter, first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InvoiceClientsDocument,
    "\n  mutation ReversePayment($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reversePayment(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n      reversedAt\n    }\n  }\n": typeof types.ReversePaymentDocument,
    "\n  query TaxSummary($month: String!, $officeId: ID) {\n    taxSummary(month: $month, officeId: $officeId) {\n      month\n      outputTaxBase\n      outputTax\n      inputTaxBase\n      inputTax\n      csvUrl\n      lines {\n        invoiceId\n        kind\n        number\n        issueDate\n        partyName\n        npwp\n        taxBase\n        tax\n      }\n    }\n  }\n": typeof types.TaxSummaryDocument,
    "\n  query BackgroundJobs($filter: JobFilterInput, $first: Int, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        state\n        progress\n        attempts\n        maxAttempts\n        error\n        createdAt\n        updatedAt\n        finishedAt\n      }\n    }\n  }\n": typeof types.BackgroundJobsDocument,
    "\n  mutation RetryJob($id: String!) {\n    retryJob(id: $id) {\n      id\n      state\n      attempts\n      error\n      progress\n    }\n  }\n": typeof types.RetryJobDocument,
    "\n  fragment LeadCardFields on Lead {\n    id\n    fullName\n    companyName\n    phone\n    source\n    segment\n    estimatedAmount\n    stage\n    position\n    ownerId\n    owner {\n      id\n      name\n    }\n    officeId\n    stageEnteredAt\n    nextActionAt\n    lostReason\n    lastActivityAt\n    campaignId\n    version\n    latestOffer {\n      id\n      status\n      product {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LeadCardFieldsFragmentDoc,
    "\n  query LeadBoard($filter: LeadFilterInput, $perColumn: Int) {\n    leadBoard(filter: $filter, perColumn: $perColumn) {\n      columns {\n        stage\n        count\n        totalAmount\n        weightedAmount\n        probability\n        hasMore\n        endCursor\n        cards {\n          ...LeadCardFields\n        }\n      }\n    }\n  }\n": typeof types.LeadBoardDocument,
    "\n  query LeadBoardTotals($filter: LeadFilterInput) {\n    leadBoard(filter: $filter, perColumn: 1) {\n      columns {\n        stage\n        count\n        totalAmount\n        weightedAmount\n        probability\n      }\n    }\n  }\n": typeof types.LeadBoardTotalsDocument,
    "\n  query LeadColumn($stage: LeadStage!, $filter: LeadFilterInput, $after: String, $first: Int) {\n    leadColumn(stage: $stage, filter: $filter, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...LeadCardFields\n      }\n    }\n  }\n": typeof types.LeadColumnDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadCardFields\n      whatsapp\n      email\n      nik\n      referrerName\n      expectedCloseDate\n      monthlyIncome\n      existingInstallments\n      notes\n      productId\n      clientId\n      archivedAt\n      createdAt\n      daysInStage\n      stageHistory {\n        id\n        fromStage\n        toStage\n        changedAt\n        changedBy {\n          id\n          name\n        }\n      }\n      assignments {\n        id\n        assignedAt\n        reason\n        fromOwner {\n          id\n          name\n        }\n        toOwner {\n          id\n          name\n        }\n        assignedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LeadDetailDocument,
    "\n  query Officers($first: Int, $after: String) {\n    users(filter: { role: OFFICER }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        segment\n        officeId\n        office {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OfficersDocument,
    "\n  query LeadFormCampaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        status\n        channel\n        startDate\n        product {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LeadFormCampaignsDocument,
    "\n  query LeadFormProducts($first: Int, $after: String) {\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.LeadFormProductsDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      ...LeadCardFields\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      ...LeadCardFields\n    }\n  }\n": typeof types.UpdateLeadDocument,
    "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) {\n      ...LeadCardFields\n    }\n  }\n": typeof types.MoveLeadDocument,
    "\n  mutation ArchiveLead($id: ID!) {\n    archiveLead(id: $id) {\n      ...LeadCardFields\n    }\n  }\n": typeof types.ArchiveLeadDocument,
    "\n  mutation ClaimLead($id: ID!) {\n    claimLead(id: $id) {\n      ...LeadCardFields\n    }\n  }\n": typeof types.ClaimLeadDocument,
    "\n  mutation ReassignLead($id: ID!, $ownerId: ID!, $reason: String) {\n    reassignLead(id: $id, ownerId: $ownerId, reason: $reason) {\n      ...LeadCardFields\n    }\n  }\n": typeof types.ReassignLeadDocument,
    "\n  query LeadExportUrl($format: String!, $filter: LeadFilterInput) {\n    leadExportUrl(format: $format, filter: $filter)\n  }\n": typeof types.LeadExportUrlDocument,
    "\n  query LoanAdmin {\n    loanBookSetting {\n      institutionType\n    }\n    collectibilityRuleSets {\n      id\n      institutionType\n      effectiveFrom\n      maxDaysPastDue\n      pastMaturityMinGrade\n      restructureUpgradeAfter\n      restructureUpgradeGrades\n      createdAt\n    }\n    loanProductTerms {\n      productId\n      allocationPreset\n      graceDays\n      toleranceAmount\n      penaltyPercentPerDay\n    }\n    products(filter: { kind: LOAN, active: null }, first: 100) {\n      nodes {\n        id\n        code\n        name\n        active\n      }\n    }\n  }\n": typeof types.LoanAdminDocument,
    "\n  mutation UpdateInstitutionType($institutionType: InstitutionType!) {\n    updateInstitutionType(institutionType: $institutionType) {\n      institutionType\n    }\n  }\n": typeof types.UpdateInstitutionTypeDocument,
    "\n  mutation UpdateCollectibilityRuleSet($input: UpdateCollectibilityRuleSetInput!) {\n    updateCollectibilityRuleSet(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCollectibilityRuleSetDocument,
    "\n  mutation UpdateLoanProductTerms($input: UpdateLoanProductTermsInput!) {\n    updateLoanProductTerms(input: $input) {\n      productId\n    }\n  }\n": typeof types.UpdateLoanProductTermsDocument,
    "\n  fragment CollectionCaseFields on CollectionCaseCard {\n    id\n    loanId\n    status\n    position\n    client {\n      id\n      name\n    }\n    officerId\n    officer {\n      id\n      name\n    }\n    officeId\n    daysPastDue\n    arrears\n    collectibility\n    openedOn\n    resolvedOn\n    promise {\n      promisedDate\n      amount\n      status\n    }\n    version\n  }\n": typeof types.CollectionCaseFieldsFragmentDoc,
    "\n  query CollectionBoard($filter: CollectionBoardFilter, $perColumn: Int) {\n    collectionBoard(filter: $filter, perColumn: $perColumn) {\n      columns {\n        status\n        count\n        total\n        hasMore\n        endCursor\n        cards {\n          ...CollectionCaseFields\n        }\n      }\n    }\n  }\n": typeof types.CollectionBoardDocument,
    "\n  query CollectionColumn($status: CollectionColumn!, $filter: CollectionBoardFilter, $after: String, $first: Int) {\n    collectionColumn(status: $status, filter: $filter, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...CollectionCaseFields\n      }\n    }\n  }\n": typeof types.CollectionColumnDocument,
    "\n  mutation MoveCollectionCase($input: MoveCollectionCaseInput!) {\n    moveCollectionCase(input: $input) {\n      ...CollectionCaseFields\n    }\n  }\n": typeof types.MoveCollectionCaseDocument,
    "\n  mutation RecordPaymentPromise($input: RecordPaymentPromiseInput!) {\n    recordPaymentPromise(input: $input) {\n      id\n      status\n      promisedDate\n      amount\n    }\n  }\n": typeof types.RecordPaymentPromiseDocument,
    "\n  query Loans($filter: LoanFilterInput, $first: Int, $after: String) {\n    loans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        principal\n        outstandingPrincipal\n        arrears\n        daysPastDue\n        collectibility\n        maturityDate\n        client {\n          id\n          name\n          cif\n        }\n        product {\n          id\n          name\n        }\n        officer {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoansDocument,
    "\n  query LoanDetail($id: ID!) {\n    loan(id: $id) {\n      id\n      version\n      status\n      principal\n      annualRate\n      tenorMonths\n      interestMethod\n      outstandingPrincipal\n      arrears\n      creditBalance\n      daysPastDue\n      collectibility\n      positionAsOf\n      disbursementDate\n      maturityDate\n      externalNumber\n      scheduleVersion\n      restructuredFromGrade\n      closedDate\n      writtenOffPrincipal\n      writeOffReason\n      recovered\n      client {\n        id\n        name\n        cif\n      }\n      product {\n        id\n        name\n        maxRate\n      }\n      officer {\n        id\n        name\n      }\n      office {\n        id\n        name\n        timeZone\n      }\n      schedule {\n        number\n        dueDate\n        principal\n        interest\n        paidPrincipal\n        paidInterest\n        penalty\n        paidPenalty\n        paidDate\n      }\n      promises {\n        id\n        status\n        madeOn\n        promisedDate\n        amount\n        resolvedOn\n      }\n      repayments {\n        id\n        amount\n        valueDate\n        channel\n        reference\n        reversed\n        reversalReason\n        scheduleVersion\n        recovery\n      }\n      scheduleVersions {\n        version\n        kind\n        current\n        effectiveDate\n        principal\n        capitalisedArrears\n        carriedArrears\n        annualRate\n        tenorMonths\n        gradeBefore\n        reason\n        installments {\n          number\n          dueDate\n          principal\n          interest\n          paidPrincipal\n          paidInterest\n          penalty\n          paidPenalty\n          paidDate\n        }\n      }\n    }\n  }\n": typeof types.LoanDetailDocument,
    "\n  query ClientLoans($id: ID!) {\n    client(id: $id) {\n      id\n      collectibility\n      loans {\n        id\n        offerId\n        status\n        principal\n        outstandingPrincipal\n        daysPastDue\n        collectibility\n        product {\n          id\n          name\n        }\n      }\n      offers {\n        id\n        status\n        amount\n        tenorMonths\n        product {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ClientLoansDocument,
    "\n  mutation DisburseLoan($input: DisburseLoanInput!) {\n    disburseLoan(input: $input) {\n      id\n    }\n  }\n": typeof types.DisburseLoanDocument,
    "\n  mutation PostRepayment($input: PostRepaymentInput!) {\n    postRepayment(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PostRepaymentDocument,
    "\n  mutation ReverseRepayment($id: ID!, $reason: String!) {\n    reverseRepayment(id: $id, reason: $reason) {\n      id\n      version\n    }\n  }\n": typeof types.ReverseRepaymentDocument,
    "\n  query ClosedMonthEnds {\n    closedMonthEnds\n  }\n": typeof types.ClosedMonthEndsDocument,
    "\n  query LoanMonthEndExportUrl($monthEnd: LocalDate!) {\n    loanMonthEndExportUrl(monthEnd: $monthEnd)\n  }\n": typeof types.LoanMonthEndExportUrlDocument,
    "\n  query CheckLoanImport($importId: ID!, $mapping: LoanImportMappingInput!) {\n    checkLoanImport(importId: $importId, mapping: $mapping) {\n      validRows\n      rejectedRows\n      duplicateRows\n      problems {\n        rowNumber\n        outcome\n        reason\n        reasons {\n          code\n          value\n          max\n        }\n      }\n    }\n  }\n": typeof types.CheckLoanImportDocument,
    "\n  mutation ImportLoans($importId: ID!, $mapping: LoanImportMappingInput!) {\n    importLoans(importId: $importId, mapping: $mapping) {\n      id\n      status\n    }\n  }\n": typeof types.ImportLoansDocument,
    "\n  mutation RestructureLoan($input: RestructureLoanInput!) {\n    restructureLoan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.RestructureLoanDocument,
    "\n  mutation WriteOffLoan($input: WriteOffLoanInput!) {\n    writeOffLoan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.WriteOffLoanDocument,
    "\n  query CashFlow($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID) {\n    cashFlow(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      months {\n        month\n        moneyIn\n        moneyOut\n        net\n        principal\n        interest\n        penalty\n        repaymentCredit\n        receivablesCollected\n        disbursed\n        payablesPaid\n      }\n    }\n  }\n": typeof types.CashFlowDocument,
    "\n  query BudgetVsActual($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    budgetVsActual(from: $from, to: $to, officeId: $officeId) {\n      lines {\n        kind\n        id\n        name\n        budget\n        spend\n        remaining\n        leads\n        won\n        disbursed\n      }\n    }\n  }\n": typeof types.BudgetVsActualDocument,
    "\n  query JournalExport($month: String!, $officeId: ID) {\n    journalExport(month: $month, officeId: $officeId) {\n      url\n      month\n      lineCount\n      debitTotal\n      creditTotal\n    }\n  }\n": typeof types.JournalExportDocument,
    "\n  query AccountMapping {\n    accountMapping {\n      id\n      account\n      productId\n      code\n      name\n      version\n      updatedAt\n    }\n  }\n": typeof types.AccountMappingDocument,
    "\n  mutation SetAccountMapping($input: SetAccountMappingInput!) {\n    setAccountMapping(input: $input) {\n      id\n      account\n      productId\n      code\n      name\n      version\n      updatedAt\n    }\n  }\n": typeof types.SetAccountMappingDocument,
    "\n  query MappingProducts {\n    products(filter: { kind: LOAN, active: null }, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MappingProductsDocument,
    "\n  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        type\n        title\n        body\n        link\n        params\n        readAt\n        createdAt\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment OfferFields on Offer {\n    id\n    status\n    amount\n    tenorMonths\n    annualRate\n    interestMethod\n    validUntil\n    declineReason\n    version\n    pdfUrl\n    dsrPercent\n    dsrOverLimit\n    dsrLimitPercent\n    product {\n      id\n      name\n      kind\n    }\n    figures {\n      fee\n      feeVat\n      depositInterest\n      depositTax\n      loan {\n        installment\n        totalInterest\n        totalPaid\n      }\n    }\n  }\n": typeof types.OfferFieldsFragmentDoc,
    "\n  query LeadSales($id: ID!) {\n    lead(id: $id) {\n      id\n      documentChecklist {\n        code\n        label\n        received\n      }\n      client {\n        id\n        cif\n        name\n      }\n    }\n  }\n": typeof types.LeadSalesDocument,
    "\n  query WonOffer($leadId: ID!) {\n    offers(filter: { leadId: $leadId, status: ACCEPTED }, first: 1) {\n      nodes {\n        ...OfferFields\n      }\n    }\n  }\n": typeof types.WonOfferDocument,
    "\n  query LeadOffers($leadId: ID!, $first: Int, $after: String) {\n    offers(filter: { leadId: $leadId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OfferFields\n      }\n    }\n  }\n": typeof types.LeadOffersDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": typeof types.CreateOfferDocument,
    "\n  mutation PresentOffer($id: ID!) {\n    presentOffer(id: $id) {\n      ...OfferFields\n    }\n  }\n": typeof types.PresentOfferDocument,
    "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      ...OfferFields\n    }\n  }\n": typeof types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($id: ID!, $reason: String!) {\n    declineOffer(id: $id, reason: $reason) {\n      ...OfferFields\n    }\n  }\n": typeof types.DeclineOfferDocument,
    "\n  mutation SetLeadDocument($leadId: ID!, $code: String!, $received: Boolean!) {\n    setLeadDocument(leadId: $leadId, code: $code, received: $received) {\n      id\n    }\n  }\n": typeof types.SetLeadDocumentDocument,
    "\n  mutation CreateProduct($input: ProductFieldsInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  query Products($filter: ProductFilterInput, $first: Int, $after: String) {\n    products(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        kind\n        segment\n        interestMethod\n        minRate\n        maxRate\n        minTenorMonths\n        maxTenorMonths\n        minAmount\n        maxAmount\n        fee\n        vatTreatment\n        description\n        active\n        version\n        requirements {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  fragment StatementLineCardFields on StatementLineCard {\n    id\n    statementId\n    state\n    position\n    date\n    direction\n    amount\n    remark\n    reference\n    officeId\n    officerId\n    client {\n      id\n      name\n    }\n    target {\n      kind\n      id\n      label\n    }\n    rule\n    reasonCode\n    reasonParams\n    posted\n    version\n  }\n": typeof types.StatementLineCardFieldsFragmentDoc,
    "\n  query ReconciliationBoard($statementId: ID, $perColumn: Int) {\n    reconciliationBoard(statementId: $statementId, perColumn: $perColumn) {\n      columns {\n        state\n        count\n        total\n        hasMore\n        endCursor\n        cards {\n          ...StatementLineCardFields\n        }\n      }\n    }\n  }\n": typeof types.ReconciliationBoardDocument,
    "\n  query ReconciliationColumn($state: StatementLineState!, $statementId: ID, $after: String, $first: Int) {\n    reconciliationColumn(state: $state, statementId: $statementId, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...StatementLineCardFields\n      }\n    }\n  }\n": typeof types.ReconciliationColumnDocument,
    "\n  mutation ConfirmStatementMatch($input: ConfirmStatementMatchInput!) {\n    confirmStatementMatch(input: $input) {\n      ...StatementLineCardFields\n    }\n  }\n": typeof types.ConfirmStatementMatchDocument,
    "\n  mutation RejectStatementMatch($input: RejectStatementMatchInput!) {\n    rejectStatementMatch(input: $input) {\n      ...StatementLineCardFields\n    }\n  }\n": typeof types.RejectStatementMatchDocument,
    "\n  mutation UnmatchStatementLine($input: UnmatchStatementLineInput!) {\n    unmatchStatementLine(input: $input) {\n      ...StatementLineCardFields\n    }\n  }\n": typeof types.UnmatchStatementLineDocument,
    "\n  query StatementMatchCandidates($lineId: ID!, $search: String, $first: Int) {\n    statementMatchCandidates(lineId: $lineId, search: $search, first: $first) {\n      kind\n      id\n      label\n      party\n      amountDue\n      dueDate\n    }\n  }\n": typeof types.StatementMatchCandidatesDocument,
    "\n  query BankStatements($first: Int, $after: String) {\n    bankStatements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        account\n        format\n        fileName\n        periodFrom\n        periodTo\n        status\n        progress\n        lineCount\n        duplicateCount\n        createdAt\n      }\n    }\n  }\n": typeof types.BankStatementsDocument,
    "\n  query BankStatement($id: ID!, $after: String) {\n    bankStatement(id: $id) {\n      id\n      account\n      format\n      fileName\n      periodFrom\n      periodTo\n      status\n      progress\n      lineCount\n      duplicateCount\n      lines(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...StatementLineCardFields\n        }\n      }\n    }\n  }\n": typeof types.BankStatementDocument,
    "\n  query Dashboard(\n    $from: LocalDate!\n    $to: LocalDate!\n    $officeId: ID\n    $officerId: ID\n    $grouping: ReportGrouping\n    $month: String!\n    $forecastFrom: LocalDate!\n    $forecastTo: LocalDate!\n  ) {\n    salesFunnel(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {\n      stages {\n        stage\n        entered\n        conversionToNext\n      }\n      series {\n        period\n        stage\n        entered\n      }\n    }\n    pipelineVelocity(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      stages {\n        stage\n        medianDays\n        p90Days\n        sampleSize\n      }\n      medianDaysToWin\n      wonSampleSize\n    }\n    forecast(from: $forecastFrom, to: $forecastTo, officeId: $officeId, officerId: $officerId) {\n      months {\n        month\n        leadCount\n        weightedAmount\n        defaultWeightedAmount\n      }\n      probabilities {\n        stage\n        probability\n        defaultProbability\n        sampleSize\n      }\n    }\n    winLoss(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      rows {\n        dimension\n        key\n        label\n        wonCount\n        wonAmount\n        lostCount\n        lostAmount\n      }\n    }\n    campaignReturn(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      rows {\n        campaignId\n        name\n        spend\n        leads\n        costPerLead\n        wonCount\n        costPerWon\n        disbursement\n        disbursementPerRupiah\n      }\n    }\n    portfolioTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      points {\n        monthEnd\n        loanCount\n        outstanding\n        npl\n        par30\n      }\n    }\n    receivablesTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {\n      points {\n        period\n        periodEnd\n        outstanding\n        overdue\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        issued\n        collected\n      }\n    }\n    complaintSlaTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {\n      points {\n        period\n        periodEnd\n        received\n        resolved\n        resolvedWithinSla\n        breached\n        compliance\n        openPastDeadline\n      }\n    }\n    officerPerformance(month: $month, officeId: $officeId, officerId: $officerId) {\n      month\n      rows {\n        officer {\n          id\n          name\n        }\n        newLeads\n        followUpsDone\n        visits\n        offers\n        wonCount\n        wonAmount\n        noa\n        disbursement\n        outstanding\n        collectionRate\n        par30\n        targets {\n          metric\n          target\n          actual\n          achievement\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query ReportOffices {\n    offices(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReportOfficesDocument,
    "\n  mutation SetTargets($input: SetTargetsInput!) {\n    setTargets(input: $input) {\n      id\n      officerId\n      month\n      metric\n      value\n      version\n    }\n  }\n": typeof types.SetTargetsDocument,
    "\n  query Recommendations($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    recommendations(from: $from, to: $to, officeId: $officeId) {\n      code\n      title\n      detail\n      evidence {\n        label\n        value\n      }\n      links {\n        type\n        id\n      }\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  query AllMessageTemplates($first: Int, $after: String) {\n    messageTemplates(includeInactive: true, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        body\n        active\n        version\n      }\n    }\n  }\n": typeof types.AllMessageTemplatesDocument,
    "\n  mutation CreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMessageTemplateDocument,
    "\n  mutation UpdateMessageTemplate($input: MessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateMessageTemplateDocument,
    "\n  mutation UpdateStageSla($stage: String!, $maxIdleDays: Int!) {\n    updateStageSla(stage: $stage, maxIdleDays: $maxIdleDays) {\n      stage\n      maxIdleDays\n    }\n  }\n": typeof types.UpdateStageSlaDocument,
    "\n  query WipLimits {\n    boardColumnSettings(board: \"tasks\") {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n": typeof types.WipLimitsDocument,
    "\n  mutation UpdateWipLimit($columnKey: String!, $wipLimit: Int, $hardLimit: Boolean!) {\n    updateBoardColumnSetting(board: \"tasks\", columnKey: $columnKey, wipLimit: $wipLimit, hardLimit: $hardLimit) {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n": typeof types.UpdateWipLimitDocument,
    "\n  query RecommendationThresholds {\n    recommendationThresholds {\n      key\n      unit\n      value\n      defaultValue\n      min\n      max\n    }\n  }\n": typeof types.RecommendationThresholdsDocument,
    "\n  mutation SetRecommendationThreshold($key: String!, $value: Float!) {\n    setRecommendationThreshold(key: $key, value: $value) {\n      key\n      unit\n      value\n      defaultValue\n      min\n      max\n    }\n  }\n": typeof types.SetRecommendationThresholdDocument,
    "\n  fragment TaskCardFields on TaskCard {\n    id\n    title\n    status\n    position\n    campaignId\n    campaign {\n      id\n      name\n    }\n    leadId\n    requesterId\n    requester {\n      id\n      name\n    }\n    assigneeId\n    assignee {\n      id\n      name\n    }\n    officeId\n    dueDate\n    checklistDone\n    checklistTotal\n    commentCount\n    version\n  }\n": typeof types.TaskCardFieldsFragmentDoc,
    "\n  query TaskBoard($perColumn: Int) {\n    taskBoard(perColumn: $perColumn) {\n      columns {\n        status\n        count\n        wipLimit\n        hardLimit\n        hasMore\n        endCursor\n        cards {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n": typeof types.TaskBoardDocument,
    "\n  query TaskColumn($status: TaskStatus!, $after: String, $first: Int) {\n    taskColumn(status: $status, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...TaskCardFields\n      }\n    }\n  }\n": typeof types.TaskColumnDocument,
    "\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      warning\n      task {\n        ...TaskCardFields\n      }\n    }\n  }\n": typeof types.MoveTaskDocument,
    "\n  mutation CreateTask($input: TaskFieldsInput!) {\n    createTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      description\n      status\n      dueDate\n      version\n      officeId\n      leadId\n      requesterId\n      assigneeId\n      campaignId\n      campaign {\n        id\n        name\n      }\n      checklist {\n        text\n        done\n      }\n      requester {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  mutation CommentTask($taskId: ID!, $body: String!) {\n    commentTask(taskId: $taskId, body: $body) {\n      id\n    }\n  }\n": typeof types.CommentTaskDocument,
    "\n  mutation ArchiveTask($id: ID!, $expectedVersion: Int!) {\n    archiveTask(id: $id, expectedVersion: $expectedVersion) {\n      ...TaskCardFields\n    }\n  }\n": typeof types.ArchiveTaskDocument,
    "\n  query TaskFormAssignees($taskId: ID) {\n    taskAssignees(taskId: $taskId) {\n      id\n      name\n    }\n  }\n": typeof types.TaskFormAssigneesDocument,
    "\n  query TaskFormCampaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.TaskFormCampaignsDocument,
    "\n  fragment WorkReportFields on WorkReport {\n    id\n    officer {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    kind\n    from\n    to\n    timeZone\n    status\n    plans\n    obstacles\n    submittedAt\n    acknowledgedBy {\n      id\n      name\n    }\n    acknowledgedAt\n    managerComment\n    version\n    pdfUrl\n    csvUrl\n    figures {\n      newLeads\n      leadsMoved\n      stageMoves\n      followUps {\n        type\n        count\n      }\n      followUpsDone\n      visits\n      offers {\n        count\n        amount\n      }\n      won {\n        count\n        amount\n      }\n      lost {\n        count\n        amount\n      }\n      disbursed {\n        count\n        amount\n      }\n      noa\n      dueInPeriod\n      paidOfDue\n      collectionRate\n      repaymentsReceived\n      outstanding\n      loansInArrears\n      arrears\n      par30\n      grades {\n        grade\n        count\n        outstanding\n      }\n      invoicesIssued {\n        count\n        amount\n      }\n      invoicesCollected\n      complaintsReceived\n      complaintsResolved\n      complaintsOpen\n      targets {\n        metric\n        target\n        actual\n        achievement\n      }\n    }\n    recommendations {\n      code\n      title\n      evidence {\n        label\n        value\n      }\n      links {\n        type\n        id\n      }\n    }\n  }\n": typeof types.WorkReportFieldsFragmentDoc,
    "\n  query WorkReport($officerId: ID!, $period: WorkReportPeriodInput!) {\n    workReport(officerId: $officerId, period: $period) {\n      ...WorkReportFields\n    }\n  }\n": typeof types.WorkReportDocument,
    "\n  query WorkReportList($period: WorkReportPeriodInput!, $officeId: ID) {\n    workReports(period: $period, officeId: $officeId) {\n      id\n      officer {\n        id\n        name\n      }\n      office {\n        id\n        name\n      }\n      from\n      to\n      status\n      submittedAt\n      acknowledgedAt\n    }\n  }\n": typeof types.WorkReportListDocument,
    "\n  mutation SubmitWorkReport($input: SubmitWorkReportInput!) {\n    submitWorkReport(input: $input) {\n      ...WorkReportFields\n    }\n  }\n": typeof types.SubmitWorkReportDocument,
    "\n  mutation AcknowledgeWorkReport($input: AcknowledgeWorkReportInput!) {\n    acknowledgeWorkReport(input: $input) {\n      ...WorkReportFields\n    }\n  }\n": typeof types.AcknowledgeWorkReportDocument,
};
const documents: Documents = {
    "\n  query AppSettings {\n    appSettings {\n      dsrLimitPercent\n      organizationName\n    }\n  }\n": types.AppSettingsDocument,
    "\n  query OfficeZones($first: Int, $after: String) {\n    offices(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        timeZone\n      }\n    }\n  }\n": types.OfficeZonesDocument,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    segment\n    active\n    mustChangePassword\n    officeId\n    office {\n      id\n      name\n    }\n    version\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($filter: UserFilterInput, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id) {\n      temporaryPassword\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ReassignPortfolio($fromOfficerId: ID!, $toOfficerId: ID!, $reason: String!) {\n    reassignPortfolio(fromOfficerId: $fromOfficerId, toOfficerId: $toOfficerId, reason: $reason) {\n      leads\n      clients\n      followUps\n    }\n  }\n": types.ReassignPortfolioDocument,
    "\n  query Offices($first: Int, $after: String) {\n    offices(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        parentId\n        timeZone\n        monthlyBudget\n        version\n      }\n    }\n  }\n": types.OfficesDocument,
    "\n  mutation CreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      id\n      code\n      name\n      parentId\n      timeZone\n      version\n    }\n  }\n": types.CreateOfficeDocument,
    "\n  mutation UpdateOffice($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      id\n      code\n      name\n      parentId\n      timeZone\n      monthlyBudget\n      version\n    }\n  }\n": types.UpdateOfficeDocument,
    "\n  query AuditTrail($entityType: String!, $entityId: ID!, $first: Int, $after: String) {\n    auditTrail(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        at\n        actor {\n          id\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query AuditEntries($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        at\n        entityType\n        entityId\n        fields\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        segment\n        mustChangePassword\n        office {\n          id\n          name\n          timeZone\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      segment\n      mustChangePassword\n      office {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    name\n    slug\n    channel\n    status\n    startDate\n    endDate\n    budget\n    spend\n    leadGoal\n    description\n    formEnabled\n    formUrl\n    qrUrl\n    version\n    product {\n      id\n      name\n    }\n    figures {\n      leads\n      converted\n      amountWon\n      costPerLead\n      goalProgress\n    }\n  }\n": types.CampaignFieldsFragmentDoc,
    "\n  query Campaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CampaignFields\n      }\n    }\n  }\n": types.CampaignsDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n      leadsBrought(first: 50) {\n        totalCount\n        nodes {\n          id\n          fullName\n          phone\n          stage\n          createdAt\n        }\n      }\n    }\n  }\n": types.CampaignDocument,
    "\n  mutation CreateCampaign($input: CampaignFieldsInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation ImportLeads($importId: ID!, $mapping: ImportMappingInput!) {\n    importLeads(importId: $importId, mapping: $mapping) {\n      id\n      status\n    }\n  }\n": types.ImportLeadsDocument,
    "\n  query Clients($filter: ClientFilterInput, $first: Int, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cif\n        name\n        type\n        phone\n        status\n        segment\n        officer {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClientsDocument,
    "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      cif\n      type\n      name\n      nik\n      npwp\n      birthDate\n      gender\n      phone\n      whatsapp\n      email\n      address\n      segment\n      status\n      monthlyIncome\n      existingInstallments\n      version\n      createdAt\n      officer {\n        id\n        name\n      }\n      office {\n        id\n        name\n      }\n      sourceLead {\n        id\n        fullName\n      }\n      productsHeld {\n        id\n        amount\n        tenorMonths\n        product {\n          id\n          name\n        }\n      }\n      offers {\n        id\n        status\n        amount\n        tenorMonths\n        annualRate\n        pdfUrl\n        dsrPercent\n        dsrOverLimit\n        dsrLimitPercent\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClientDetailDocument,
    "\n  mutation CreateClient($input: ClientFieldsInput!) {\n    createClient(input: $input) {\n      id\n      cif\n    }\n  }\n": types.CreateClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateClientDocument,
    "\n  query CollectionSheet($officerId: ID, $date: LocalDate) {\n    collectionSheet(officerId: $officerId, date: $date) {\n      date\n      timeZone\n      officeName\n      officer {\n        id\n        name\n      }\n      totalDue\n      pdfUrl\n      rows {\n        loanId\n        clientId\n        clientName\n        phone\n        amountDue\n        dueOnDate\n        daysPastDue\n        collectibility\n        oldestDueDate\n        nextDueDate\n        lastPromise {\n          promisedDate\n          amount\n          status\n        }\n        contactLinks {\n          tel\n          whatsapp\n          sms\n          whatsappUnavailable\n        }\n      }\n    }\n  }\n": types.CollectionSheetDocument,
    "\n  mutation PostSheetRepayment($input: PostRepaymentInput!) {\n    postRepayment(input: $input) {\n      id\n      arrears\n      daysPastDue\n    }\n  }\n": types.PostSheetRepaymentDocument,
    "\n  fragment ComplaintCardFields on Complaint {\n    id\n    status\n    position\n    channel\n    priority\n    category {\n      id\n      name\n    }\n    description\n    client {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    ownerId\n    owner {\n      id\n      name\n    }\n    officeId\n    receivedAt\n    slaDueDate\n    workingDaysLeft\n    breached\n    warning\n    paused\n    extended\n    version\n  }\n": types.ComplaintCardFieldsFragmentDoc,
    "\n  query ComplaintBoard($filter: ComplaintFilter, $perColumn: Int) {\n    complaintBoard(filter: $filter, perColumn: $perColumn) {\n      columns {\n        status\n        count\n        breached\n        wipLimit\n        hardLimit\n        hasMore\n        endCursor\n        cards {\n          ...ComplaintCardFields\n        }\n      }\n    }\n  }\n": types.ComplaintBoardDocument,
    "\n  query ComplaintColumn($status: ComplaintStatus!, $filter: ComplaintFilter, $after: String, $first: Int) {\n    complaintColumn(status: $status, filter: $filter, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...ComplaintCardFields\n      }\n    }\n  }\n": types.ComplaintColumnDocument,
    "\n  mutation MoveComplaint($input: MoveComplaintInput!) {\n    moveComplaint(input: $input) {\n      ...ComplaintCardFields\n    }\n  }\n": types.MoveComplaintDocument,
    "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintCardFields\n      completeOn\n      workingDaysUsed\n      workingDaysAllowed\n      extendedOn\n      extensionReason\n      extensionDays\n      extensionToldVia\n      extensionToldOn\n      resolution\n      policy {\n        id\n        name\n      }\n      outcome\n      answerChannel\n      answeredOn\n      resolvedOn\n      reopenUntil\n      loanId\n      product {\n        id\n        name\n      }\n      timeline {\n        id\n        kind\n        status\n        note\n        actor {\n          id\n          name\n        }\n        at\n      }\n    }\n  }\n": types.ComplaintDocument,
    "\n  query ClientComplaints($filter: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ComplaintCardFields\n        resolvedOn\n      }\n    }\n  }\n": types.ClientComplaintsDocument,
    "\n  query ComplaintLists {\n    complaintCategories {\n      id\n      name\n    }\n    resolutionPolicies {\n      id\n      name\n      description\n    }\n  }\n": types.ComplaintListsDocument,
    "\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintCardFields\n    }\n  }\n": types.CreateComplaintDocument,
    "\n  mutation ExtendComplaint($id: ID!, $reason: String!, $toldVia: ComplaintChannel!, $toldOn: LocalDate!) {\n    extendComplaint(id: $id, reason: $reason, toldVia: $toldVia, toldOn: $toldOn) {\n      ...ComplaintCardFields\n    }\n  }\n": types.ExtendComplaintDocument,
    "\n  mutation ReopenComplaint($id: ID!, $reason: String!) {\n    reopenComplaint(id: $id, reason: $reason) {\n      ...ComplaintCardFields\n    }\n  }\n": types.ReopenComplaintDocument,
    "\n  mutation ResolveComplaint($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      ...ComplaintCardFields\n    }\n  }\n": types.ResolveComplaintDocument,
    "\n  query ComplaintReport($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    complaintReport(from: $from, to: $to, officeId: $officeId) {\n      total\n      resolved\n      resolvedOnTime\n      openBreached\n      slaCompliancePercent\n      medianResolutionDays\n      p90ResolutionDays\n      byCategory {\n        key\n        count\n      }\n      byChannel {\n        key\n        count\n      }\n      byProduct {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n    }\n  }\n": types.ComplaintReportDocument,
    "\n  query WorkCalendar($year: Int!, $officeId: ID) {\n    workCalendar(year: $year, officeId: $officeId) {\n      year\n      officeId\n      region\n      workingDays\n      editable\n      holidays {\n        date\n        name\n        kind\n        region\n      }\n    }\n  }\n": types.WorkCalendarDocument,
    "\n  mutation SetHoliday($input: SetHolidayInput!) {\n    setHoliday(input: $input) {\n      region\n    }\n  }\n": types.SetHolidayDocument,
    "\n  mutation RemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      region\n    }\n  }\n": types.RemoveHolidayDocument,
    "\n  query ComplaintReportCsvUrl($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    complaintReportCsvUrl(from: $from, to: $to, officeId: $officeId)\n  }\n": types.ComplaintReportCsvUrlDocument,
    "\n  mutation ReassignComplaint($id: ID!, $ownerId: ID!) {\n    reassignComplaint(id: $id, ownerId: $ownerId) {\n      ...ComplaintCardFields\n    }\n  }\n": types.ReassignComplaintDocument,
    "\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    name\n    active\n    slaWorkingDays\n    slaExtensionDays\n    slaWarningDays\n    version\n  }\n": types.ComplaintCategoryFieldsFragmentDoc,
    "\n  query ComplaintSettings {\n    complaintCategories(includeRetired: true) {\n      ...ComplaintCategoryFields\n    }\n    resolutionPolicies(includeRetired: true) {\n      id\n      name\n      description\n      active\n      version\n    }\n    complaintSlaDefaults {\n      workingDays\n      extensionDays\n      warningDays\n      reopenDays\n    }\n    boardColumnSettings(board: \"complaints\") {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n": types.ComplaintSettingsDocument,
    "\n  mutation SaveComplaintCategory($input: ComplaintCatalogInput!) {\n    saveComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n": types.SaveComplaintCategoryDocument,
    "\n  mutation SaveResolutionPolicy($input: ComplaintCatalogInput!) {\n    saveResolutionPolicy(input: $input) {\n      id\n      name\n      description\n      active\n      version\n    }\n  }\n": types.SaveResolutionPolicyDocument,
    "\n  mutation UpdateComplaintWipLimit($columnKey: String!, $wipLimit: Int) {\n    updateBoardColumnSetting(board: \"complaints\", columnKey: $columnKey, wipLimit: $wipLimit, hardLimit: false) {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n": types.UpdateComplaintWipLimitDocument,
    "\n  fragment ActivityFields on Activity {\n    id\n    type\n    dueAt\n    doneAt\n    outcome\n    notes\n    message\n    leadId\n    clientId\n    lead {\n      id\n      fullName\n      companyName\n      phone\n      officeId\n    }\n    client {\n      id\n      name\n      phone\n      officeId\n    }\n    reminderInvoice {\n      id\n      number\n    }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query Agenda($date: LocalDate) {\n    agenda(date: $date) {\n      date\n      overdue {\n        ...ActivityFields\n      }\n      today {\n        ...ActivityFields\n      }\n      upcoming {\n        ...ActivityFields\n      }\n    }\n  }\n": types.AgendaDocument,
    "\n  query ContactLinks($id: ID!, $template: String) {\n    activity(id: $id) {\n      id\n      contactLinks(template: $template) {\n        tel\n        whatsapp\n        sms\n        whatsappUnavailable\n        message\n      }\n    }\n  }\n": types.ContactLinksDocument,
    "\n  query MessageTemplates($first: Int, $after: String) {\n    messageTemplates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        body\n      }\n    }\n  }\n": types.MessageTemplatesDocument,
    "\n  mutation CompleteActivity($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      completed {\n        id\n      }\n      next {\n        id\n      }\n    }\n  }\n": types.CompleteActivityDocument,
    "\n  mutation ScheduleActivity($input: ScheduleActivityInput!) {\n    scheduleActivity(input: $input) {\n      id\n    }\n  }\n": types.ScheduleActivityDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      id\n    }\n  }\n": types.LogActivityDocument,
    "\n  query Timeline($leadId: ID, $clientId: ID, $first: Int, $after: String) {\n    timeline(leadId: $leadId, clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        at\n        kind\n        code\n        summary\n        actorName\n        latitude\n        longitude\n        productName\n        amount\n        tenorMonths\n        note\n        complaintId\n      }\n    }\n  }\n": types.TimelineDocument,
    "\n  query StageSlas {\n    stageSlas {\n      stage\n      maxIdleDays\n    }\n  }\n": types.StageSlasDocument,
    "\n  query StaleLeads($ownerId: ID, $first: Int, $after: String) {\n    staleLeads(ownerId: $ownerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        fullName\n        companyName\n        stage\n        daysInStage\n        stageEnteredAt\n        lastActivityAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StaleLeadsDocument,
    "\n  query CheckImport($importId: ID!, $mapping: ImportMappingInput!) {\n    checkImport(importId: $importId, mapping: $mapping) {\n      validRows\n      rejectedRows\n      duplicateRows\n      problems {\n        rowNumber\n        outcome\n        reason\n        reasons {\n          code\n          value\n          max\n        }\n      }\n    }\n  }\n": types.CheckImportDocument,
    "\n  query LeadImport($id: ID!) {\n    leadImport(id: $id) {\n      id\n      status\n      totalRows\n      importedRows\n      rejectedRows\n      rejectedUrl\n      error\n      kind\n    }\n  }\n": types.LeadImportDocument,
    "\n  query Invoices($filter: InvoiceFilterInput, $first: Int, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        kind\n        status\n        total\n        amountDue\n        dueDate\n        overdue\n        supplierName\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InvoicesDocument,
    "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      kind\n      status\n      channel\n      issueDate\n      dueDate\n      overdue\n      subtotal\n      taxBase\n      tax\n      total\n      amountPaid\n      amountDue\n      version\n      pdfUrl\n      notes\n      supplierName\n      cancelReason\n      handedOverDate\n      handedOverTo\n      client {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n      }\n      lines {\n        description\n        quantity\n        unitPrice\n        taxCode\n        amount\n      }\n      creditNote {\n        number\n        date\n        total\n      }\n      delivery {\n        state\n        attempts\n        lastError\n        recipient\n        sentAt\n      }\n      payments {\n        paymentId\n        amount\n        date\n        method\n        reference\n        paymentVersion\n        reversedAt\n        reversalReason\n      }\n      reminders {\n        id\n        step\n        channel\n        day\n        recipient\n        activityId\n        deliveryState\n      }\n    }\n  }\n": types.InvoiceDocument,
    "\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n": types.CreateInvoiceDocument,
    "\n  mutation IssueInvoice($id: ID!, $channel: InvoiceChannel!) {\n    issueInvoice(id: $id, channel: $channel) {\n      id\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  mutation CancelInvoice($id: ID!, $reason: String!) {\n    cancelInvoice(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.CancelInvoiceDocument,
    "\n  mutation HandOverInvoice($id: ID!, $date: LocalDate!, $receivedBy: String!) {\n    markInvoiceHandedOver(id: $id, date: $date, receivedBy: $receivedBy) {\n      id\n    }\n  }\n": types.HandOverInvoiceDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      unallocated\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  query ReceivablesAging($kind: InvoiceKind, $asOf: LocalDate, $officerId: ID) {\n    receivablesAging(kind: $kind, asOf: $asOf, officerId: $officerId, first: 100) {\n      asOf\n      current\n      d1to30\n      d31to60\n      d61to90\n      over90\n      total\n      rowCount\n      officers {\n        officerId\n        officerName\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n      offices {\n        officeId\n        officeName\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n      rows {\n        client {\n          id\n          name\n        }\n        supplierName\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n    }\n  }\n": types.ReceivablesAgingDocument,
    "\n  query InvoiceClients($filter: ClientFilterInput) {\n    clients(filter: $filter, first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.InvoiceClientsDocument,
    "\n  mutation ReversePayment($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reversePayment(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n      reversedAt\n    }\n  }\n": types.ReversePaymentDocument,
    "\n  query TaxSummary($month: String!, $officeId: ID) {\n    taxSummary(month: $month, officeId: $officeId) {\n      month\n      outputTaxBase\n      outputTax\n      inputTaxBase\n      inputTax\n      csvUrl\n      lines {\n        invoiceId\n        kind\n        number\n        issueDate\n        partyName\n        npwp\n        taxBase\n        tax\n      }\n    }\n  }\n": types.TaxSummaryDocument,
    "\n  query BackgroundJobs($filter: JobFilterInput, $first: Int, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        state\n        progress\n        attempts\n        maxAttempts\n        error\n        createdAt\n        updatedAt\n        finishedAt\n      }\n    }\n  }\n": types.BackgroundJobsDocument,
    "\n  mutation RetryJob($id: String!) {\n    retryJob(id: $id) {\n      id\n      state\n      attempts\n      error\n      progress\n    }\n  }\n": types.RetryJobDocument,
    "\n  fragment LeadCardFields on Lead {\n    id\n    fullName\n    companyName\n    phone\n    source\n    segment\n    estimatedAmount\n    stage\n    position\n    ownerId\n    owner {\n      id\n      name\n    }\n    officeId\n    stageEnteredAt\n    nextActionAt\n    lostReason\n    lastActivityAt\n    campaignId\n    version\n    latestOffer {\n      id\n      status\n      product {\n        id\n        name\n      }\n    }\n  }\n": types.LeadCardFieldsFragmentDoc,
    "\n  query LeadBoard($filter: LeadFilterInput, $perColumn: Int) {\n    leadBoard(filter: $filter, perColumn: $perColumn) {\n      columns {\n        stage\n        count\n        totalAmount\n        weightedAmount\n        probability\n        hasMore\n        endCursor\n        cards {\n          ...LeadCardFields\n        }\n      }\n    }\n  }\n": types.LeadBoardDocument,
    "\n  query LeadBoardTotals($filter: LeadFilterInput) {\n    leadBoard(filter: $filter, perColumn: 1) {\n      columns {\n        stage\n        count\n        totalAmount\n        weightedAmount\n        probability\n      }\n    }\n  }\n": types.LeadBoardTotalsDocument,
    "\n  query LeadColumn($stage: LeadStage!, $filter: LeadFilterInput, $after: String, $first: Int) {\n    leadColumn(stage: $stage, filter: $filter, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...LeadCardFields\n      }\n    }\n  }\n": types.LeadColumnDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadCardFields\n      whatsapp\n      email\n      nik\n      referrerName\n      expectedCloseDate\n      monthlyIncome\n      existingInstallments\n      notes\n      productId\n      clientId\n      archivedAt\n      createdAt\n      daysInStage\n      stageHistory {\n        id\n        fromStage\n        toStage\n        changedAt\n        changedBy {\n          id\n          name\n        }\n      }\n      assignments {\n        id\n        assignedAt\n        reason\n        fromOwner {\n          id\n          name\n        }\n        toOwner {\n          id\n          name\n        }\n        assignedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LeadDetailDocument,
    "\n  query Officers($first: Int, $after: String) {\n    users(filter: { role: OFFICER }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        segment\n        officeId\n        office {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OfficersDocument,
    "\n  query LeadFormCampaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        status\n        channel\n        startDate\n        product {\n          id\n        }\n      }\n    }\n  }\n": types.LeadFormCampaignsDocument,
    "\n  query LeadFormProducts($first: Int, $after: String) {\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.LeadFormProductsDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      ...LeadCardFields\n    }\n  }\n": types.CreateLeadDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      ...LeadCardFields\n    }\n  }\n": types.UpdateLeadDocument,
    "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) {\n      ...LeadCardFields\n    }\n  }\n": types.MoveLeadDocument,
    "\n  mutation ArchiveLead($id: ID!) {\n    archiveLead(id: $id) {\n      ...LeadCardFields\n    }\n  }\n": types.ArchiveLeadDocument,
    "\n  mutation ClaimLead($id: ID!) {\n    claimLead(id: $id) {\n      ...LeadCardFields\n    }\n  }\n": types.ClaimLeadDocument,
    "\n  mutation ReassignLead($id: ID!, $ownerId: ID!, $reason: String) {\n    reassignLead(id: $id, ownerId: $ownerId, reason: $reason) {\n      ...LeadCardFields\n    }\n  }\n": types.ReassignLeadDocument,
    "\n  query LeadExportUrl($format: String!, $filter: LeadFilterInput) {\n    leadExportUrl(format: $format, filter: $filter)\n  }\n": types.LeadExportUrlDocument,
    "\n  query LoanAdmin {\n    loanBookSetting {\n      institutionType\n    }\n    collectibilityRuleSets {\n      id\n      institutionType\n      effectiveFrom\n      maxDaysPastDue\n      pastMaturityMinGrade\n      restructureUpgradeAfter\n      restructureUpgradeGrades\n      createdAt\n    }\n    loanProductTerms {\n      productId\n      allocationPreset\n      graceDays\n      toleranceAmount\n      penaltyPercentPerDay\n    }\n    products(filter: { kind: LOAN, active: null }, first: 100) {\n      nodes {\n        id\n        code\n        name\n        active\n      }\n    }\n  }\n": types.LoanAdminDocument,
    "\n  mutation UpdateInstitutionType($institutionType: InstitutionType!) {\n    updateInstitutionType(institutionType: $institutionType) {\n      institutionType\n    }\n  }\n": types.UpdateInstitutionTypeDocument,
    "\n  mutation UpdateCollectibilityRuleSet($input: UpdateCollectibilityRuleSetInput!) {\n    updateCollectibilityRuleSet(input: $input) {\n      id\n    }\n  }\n": types.UpdateCollectibilityRuleSetDocument,
    "\n  mutation UpdateLoanProductTerms($input: UpdateLoanProductTermsInput!) {\n    updateLoanProductTerms(input: $input) {\n      productId\n    }\n  }\n": types.UpdateLoanProductTermsDocument,
    "\n  fragment CollectionCaseFields on CollectionCaseCard {\n    id\n    loanId\n    status\n    position\n    client {\n      id\n      name\n    }\n    officerId\n    officer {\n      id\n      name\n    }\n    officeId\n    daysPastDue\n    arrears\n    collectibility\n    openedOn\n    resolvedOn\n    promise {\n      promisedDate\n      amount\n      status\n    }\n    version\n  }\n": types.CollectionCaseFieldsFragmentDoc,
    "\n  query CollectionBoard($filter: CollectionBoardFilter, $perColumn: Int) {\n    collectionBoard(filter: $filter, perColumn: $perColumn) {\n      columns {\n        status\n        count\n        total\n        hasMore\n        endCursor\n        cards {\n          ...CollectionCaseFields\n        }\n      }\n    }\n  }\n": types.CollectionBoardDocument,
    "\n  query CollectionColumn($status: CollectionColumn!, $filter: CollectionBoardFilter, $after: String, $first: Int) {\n    collectionColumn(status: $status, filter: $filter, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...CollectionCaseFields\n      }\n    }\n  }\n": types.CollectionColumnDocument,
    "\n  mutation MoveCollectionCase($input: MoveCollectionCaseInput!) {\n    moveCollectionCase(input: $input) {\n      ...CollectionCaseFields\n    }\n  }\n": types.MoveCollectionCaseDocument,
    "\n  mutation RecordPaymentPromise($input: RecordPaymentPromiseInput!) {\n    recordPaymentPromise(input: $input) {\n      id\n      status\n      promisedDate\n      amount\n    }\n  }\n": types.RecordPaymentPromiseDocument,
    "\n  query Loans($filter: LoanFilterInput, $first: Int, $after: String) {\n    loans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        principal\n        outstandingPrincipal\n        arrears\n        daysPastDue\n        collectibility\n        maturityDate\n        client {\n          id\n          name\n          cif\n        }\n        product {\n          id\n          name\n        }\n        officer {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LoansDocument,
    "\n  query LoanDetail($id: ID!) {\n    loan(id: $id) {\n      id\n      version\n      status\n      principal\n      annualRate\n      tenorMonths\n      interestMethod\n      outstandingPrincipal\n      arrears\n      creditBalance\n      daysPastDue\n      collectibility\n      positionAsOf\n      disbursementDate\n      maturityDate\n      externalNumber\n      scheduleVersion\n      restructuredFromGrade\n      closedDate\n      writtenOffPrincipal\n      writeOffReason\n      recovered\n      client {\n        id\n        name\n        cif\n      }\n      product {\n        id\n        name\n        maxRate\n      }\n      officer {\n        id\n        name\n      }\n      office {\n        id\n        name\n        timeZone\n      }\n      schedule {\n        number\n        dueDate\n        principal\n        interest\n        paidPrincipal\n        paidInterest\n        penalty\n        paidPenalty\n        paidDate\n      }\n      promises {\n        id\n        status\n        madeOn\n        promisedDate\n        amount\n        resolvedOn\n      }\n      repayments {\n        id\n        amount\n        valueDate\n        channel\n        reference\n        reversed\n        reversalReason\n        scheduleVersion\n        recovery\n      }\n      scheduleVersions {\n        version\n        kind\n        current\n        effectiveDate\n        principal\n        capitalisedArrears\n        carriedArrears\n        annualRate\n        tenorMonths\n        gradeBefore\n        reason\n        installments {\n          number\n          dueDate\n          principal\n          interest\n          paidPrincipal\n          paidInterest\n          penalty\n          paidPenalty\n          paidDate\n        }\n      }\n    }\n  }\n": types.LoanDetailDocument,
    "\n  query ClientLoans($id: ID!) {\n    client(id: $id) {\n      id\n      collectibility\n      loans {\n        id\n        offerId\n        status\n        principal\n        outstandingPrincipal\n        daysPastDue\n        collectibility\n        product {\n          id\n          name\n        }\n      }\n      offers {\n        id\n        status\n        amount\n        tenorMonths\n        product {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.ClientLoansDocument,
    "\n  mutation DisburseLoan($input: DisburseLoanInput!) {\n    disburseLoan(input: $input) {\n      id\n    }\n  }\n": types.DisburseLoanDocument,
    "\n  mutation PostRepayment($input: PostRepaymentInput!) {\n    postRepayment(input: $input) {\n      id\n      version\n    }\n  }\n": types.PostRepaymentDocument,
    "\n  mutation ReverseRepayment($id: ID!, $reason: String!) {\n    reverseRepayment(id: $id, reason: $reason) {\n      id\n      version\n    }\n  }\n": types.ReverseRepaymentDocument,
    "\n  query ClosedMonthEnds {\n    closedMonthEnds\n  }\n": types.ClosedMonthEndsDocument,
    "\n  query LoanMonthEndExportUrl($monthEnd: LocalDate!) {\n    loanMonthEndExportUrl(monthEnd: $monthEnd)\n  }\n": types.LoanMonthEndExportUrlDocument,
    "\n  query CheckLoanImport($importId: ID!, $mapping: LoanImportMappingInput!) {\n    checkLoanImport(importId: $importId, mapping: $mapping) {\n      validRows\n      rejectedRows\n      duplicateRows\n      problems {\n        rowNumber\n        outcome\n        reason\n        reasons {\n          code\n          value\n          max\n        }\n      }\n    }\n  }\n": types.CheckLoanImportDocument,
    "\n  mutation ImportLoans($importId: ID!, $mapping: LoanImportMappingInput!) {\n    importLoans(importId: $importId, mapping: $mapping) {\n      id\n      status\n    }\n  }\n": types.ImportLoansDocument,
    "\n  mutation RestructureLoan($input: RestructureLoanInput!) {\n    restructureLoan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.RestructureLoanDocument,
    "\n  mutation WriteOffLoan($input: WriteOffLoanInput!) {\n    writeOffLoan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.WriteOffLoanDocument,
    "\n  query CashFlow($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID) {\n    cashFlow(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      months {\n        month\n        moneyIn\n        moneyOut\n        net\n        principal\n        interest\n        penalty\n        repaymentCredit\n        receivablesCollected\n        disbursed\n        payablesPaid\n      }\n    }\n  }\n": types.CashFlowDocument,
    "\n  query BudgetVsActual($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    budgetVsActual(from: $from, to: $to, officeId: $officeId) {\n      lines {\n        kind\n        id\n        name\n        budget\n        spend\n        remaining\n        leads\n        won\n        disbursed\n      }\n    }\n  }\n": types.BudgetVsActualDocument,
    "\n  query JournalExport($month: String!, $officeId: ID) {\n    journalExport(month: $month, officeId: $officeId) {\n      url\n      month\n      lineCount\n      debitTotal\n      creditTotal\n    }\n  }\n": types.JournalExportDocument,
    "\n  query AccountMapping {\n    accountMapping {\n      id\n      account\n      productId\n      code\n      name\n      version\n      updatedAt\n    }\n  }\n": types.AccountMappingDocument,
    "\n  mutation SetAccountMapping($input: SetAccountMappingInput!) {\n    setAccountMapping(input: $input) {\n      id\n      account\n      productId\n      code\n      name\n      version\n      updatedAt\n    }\n  }\n": types.SetAccountMappingDocument,
    "\n  query MappingProducts {\n    products(filter: { kind: LOAN, active: null }, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.MappingProductsDocument,
    "\n  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        type\n        title\n        body\n        link\n        params\n        readAt\n        createdAt\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment OfferFields on Offer {\n    id\n    status\n    amount\n    tenorMonths\n    annualRate\n    interestMethod\n    validUntil\n    declineReason\n    version\n    pdfUrl\n    dsrPercent\n    dsrOverLimit\n    dsrLimitPercent\n    product {\n      id\n      name\n      kind\n    }\n    figures {\n      fee\n      feeVat\n      depositInterest\n      depositTax\n      loan {\n        installment\n        totalInterest\n        totalPaid\n      }\n    }\n  }\n": types.OfferFieldsFragmentDoc,
    "\n  query LeadSales($id: ID!) {\n    lead(id: $id) {\n      id\n      documentChecklist {\n        code\n        label\n        received\n      }\n      client {\n        id\n        cif\n        name\n      }\n    }\n  }\n": types.LeadSalesDocument,
    "\n  query WonOffer($leadId: ID!) {\n    offers(filter: { leadId: $leadId, status: ACCEPTED }, first: 1) {\n      nodes {\n        ...OfferFields\n      }\n    }\n  }\n": types.WonOfferDocument,
    "\n  query LeadOffers($leadId: ID!, $first: Int, $after: String) {\n    offers(filter: { leadId: $leadId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OfferFields\n      }\n    }\n  }\n": types.LeadOffersDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": types.CreateOfferDocument,
    "\n  mutation PresentOffer($id: ID!) {\n    presentOffer(id: $id) {\n      ...OfferFields\n    }\n  }\n": types.PresentOfferDocument,
    "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      ...OfferFields\n    }\n  }\n": types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($id: ID!, $reason: String!) {\n    declineOffer(id: $id, reason: $reason) {\n      ...OfferFields\n    }\n  }\n": types.DeclineOfferDocument,
    "\n  mutation SetLeadDocument($leadId: ID!, $code: String!, $received: Boolean!) {\n    setLeadDocument(leadId: $leadId, code: $code, received: $received) {\n      id\n    }\n  }\n": types.SetLeadDocumentDocument,
    "\n  mutation CreateProduct($input: ProductFieldsInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n    }\n  }\n": types.UpdateProductDocument,
    "\n  query Products($filter: ProductFilterInput, $first: Int, $after: String) {\n    products(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        kind\n        segment\n        interestMethod\n        minRate\n        maxRate\n        minTenorMonths\n        maxTenorMonths\n        minAmount\n        maxAmount\n        fee\n        vatTreatment\n        description\n        active\n        version\n        requirements {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.ProductsDocument,
    "\n  fragment StatementLineCardFields on StatementLineCard {\n    id\n    statementId\n    state\n    position\n    date\n    direction\n    amount\n    remark\n    reference\n    officeId\n    officerId\n    client {\n      id\n      name\n    }\n    target {\n      kind\n      id\n      label\n    }\n    rule\n    reasonCode\n    reasonParams\n    posted\n    version\n  }\n": types.StatementLineCardFieldsFragmentDoc,
    "\n  query ReconciliationBoard($statementId: ID, $perColumn: Int) {\n    reconciliationBoard(statementId: $statementId, perColumn: $perColumn) {\n      columns {\n        state\n        count\n        total\n        hasMore\n        endCursor\n        cards {\n          ...StatementLineCardFields\n        }\n      }\n    }\n  }\n": types.ReconciliationBoardDocument,
    "\n  query ReconciliationColumn($state: StatementLineState!, $statementId: ID, $after: String, $first: Int) {\n    reconciliationColumn(state: $state, statementId: $statementId, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...StatementLineCardFields\n      }\n    }\n  }\n": types.ReconciliationColumnDocument,
    "\n  mutation ConfirmStatementMatch($input: ConfirmStatementMatchInput!) {\n    confirmStatementMatch(input: $input) {\n      ...StatementLineCardFields\n    }\n  }\n": types.ConfirmStatementMatchDocument,
    "\n  mutation RejectStatementMatch($input: RejectStatementMatchInput!) {\n    rejectStatementMatch(input: $input) {\n      ...StatementLineCardFields\n    }\n  }\n": types.RejectStatementMatchDocument,
    "\n  mutation UnmatchStatementLine($input: UnmatchStatementLineInput!) {\n    unmatchStatementLine(input: $input) {\n      ...StatementLineCardFields\n    }\n  }\n": types.UnmatchStatementLineDocument,
    "\n  query StatementMatchCandidates($lineId: ID!, $search: String, $first: Int) {\n    statementMatchCandidates(lineId: $lineId, search: $search, first: $first) {\n      kind\n      id\n      label\n      party\n      amountDue\n      dueDate\n    }\n  }\n": types.StatementMatchCandidatesDocument,
    "\n  query BankStatements($first: Int, $after: String) {\n    bankStatements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        account\n        format\n        fileName\n        periodFrom\n        periodTo\n        status\n        progress\n        lineCount\n        duplicateCount\n        createdAt\n      }\n    }\n  }\n": types.BankStatementsDocument,
    "\n  query BankStatement($id: ID!, $after: String) {\n    bankStatement(id: $id) {\n      id\n      account\n      format\n      fileName\n      periodFrom\n      periodTo\n      status\n      progress\n      lineCount\n      duplicateCount\n      lines(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...StatementLineCardFields\n        }\n      }\n    }\n  }\n": types.BankStatementDocument,
    "\n  query Dashboard(\n    $from: LocalDate!\n    $to: LocalDate!\n    $officeId: ID\n    $officerId: ID\n    $grouping: ReportGrouping\n    $month: String!\n    $forecastFrom: LocalDate!\n    $forecastTo: LocalDate!\n  ) {\n    salesFunnel(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {\n      stages {\n        stage\n        entered\n        conversionToNext\n      }\n      series {\n        period\n        stage\n        entered\n      }\n    }\n    pipelineVelocity(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      stages {\n        stage\n        medianDays\n        p90Days\n        sampleSize\n      }\n      medianDaysToWin\n      wonSampleSize\n    }\n    forecast(from: $forecastFrom, to: $forecastTo, officeId: $officeId, officerId: $officerId) {\n      months {\n        month\n        leadCount\n        weightedAmount\n        defaultWeightedAmount\n      }\n      probabilities {\n        stage\n        probability\n        defaultProbability\n        sampleSize\n      }\n    }\n    winLoss(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      rows {\n        dimension\n        key\n        label\n        wonCount\n        wonAmount\n        lostCount\n        lostAmount\n      }\n    }\n    campaignReturn(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      rows {\n        campaignId\n        name\n        spend\n        leads\n        costPerLead\n        wonCount\n        costPerWon\n        disbursement\n        disbursementPerRupiah\n      }\n    }\n    portfolioTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      points {\n        monthEnd\n        loanCount\n        outstanding\n        npl\n        par30\n      }\n    }\n    receivablesTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {\n      points {\n        period\n        periodEnd\n        outstanding\n        overdue\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        issued\n        collected\n      }\n    }\n    complaintSlaTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {\n      points {\n        period\n        periodEnd\n        received\n        resolved\n        resolvedWithinSla\n        breached\n        compliance\n        openPastDeadline\n      }\n    }\n    officerPerformance(month: $month, officeId: $officeId, officerId: $officerId) {\n      month\n      rows {\n        officer {\n          id\n          name\n        }\n        newLeads\n        followUpsDone\n        visits\n        offers\n        wonCount\n        wonAmount\n        noa\n        disbursement\n        outstanding\n        collectionRate\n        par30\n        targets {\n          metric\n          target\n          actual\n          achievement\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query ReportOffices {\n    offices(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.ReportOfficesDocument,
    "\n  mutation SetTargets($input: SetTargetsInput!) {\n    setTargets(input: $input) {\n      id\n      officerId\n      month\n      metric\n      value\n      version\n    }\n  }\n": types.SetTargetsDocument,
    "\n  query Recommendations($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    recommendations(from: $from, to: $to, officeId: $officeId) {\n      code\n      title\n      detail\n      evidence {\n        label\n        value\n      }\n      links {\n        type\n        id\n      }\n    }\n  }\n": types.RecommendationsDocument,
    "\n  query AllMessageTemplates($first: Int, $after: String) {\n    messageTemplates(includeInactive: true, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        body\n        active\n        version\n      }\n    }\n  }\n": types.AllMessageTemplatesDocument,
    "\n  mutation CreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      id\n    }\n  }\n": types.CreateMessageTemplateDocument,
    "\n  mutation UpdateMessageTemplate($input: MessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateMessageTemplateDocument,
    "\n  mutation UpdateStageSla($stage: String!, $maxIdleDays: Int!) {\n    updateStageSla(stage: $stage, maxIdleDays: $maxIdleDays) {\n      stage\n      maxIdleDays\n    }\n  }\n": types.UpdateStageSlaDocument,
    "\n  query WipLimits {\n    boardColumnSettings(board: \"tasks\") {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n": types.WipLimitsDocument,
    "\n  mutation UpdateWipLimit($columnKey: String!, $wipLimit: Int, $hardLimit: Boolean!) {\n    updateBoardColumnSetting(board: \"tasks\", columnKey: $columnKey, wipLimit: $wipLimit, hardLimit: $hardLimit) {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n": types.UpdateWipLimitDocument,
    "\n  query RecommendationThresholds {\n    recommendationThresholds {\n      key\n      unit\n      value\n      defaultValue\n      min\n      max\n    }\n  }\n": types.RecommendationThresholdsDocument,
    "\n  mutation SetRecommendationThreshold($key: String!, $value: Float!) {\n    setRecommendationThreshold(key: $key, value: $value) {\n      key\n      unit\n      value\n      defaultValue\n      min\n      max\n    }\n  }\n": types.SetRecommendationThresholdDocument,
    "\n  fragment TaskCardFields on TaskCard {\n    id\n    title\n    status\n    position\n    campaignId\n    campaign {\n      id\n      name\n    }\n    leadId\n    requesterId\n    requester {\n      id\n      name\n    }\n    assigneeId\n    assignee {\n      id\n      name\n    }\n    officeId\n    dueDate\n    checklistDone\n    checklistTotal\n    commentCount\n    version\n  }\n": types.TaskCardFieldsFragmentDoc,
    "\n  query TaskBoard($perColumn: Int) {\n    taskBoard(perColumn: $perColumn) {\n      columns {\n        status\n        count\n        wipLimit\n        hardLimit\n        hasMore\n        endCursor\n        cards {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n": types.TaskBoardDocument,
    "\n  query TaskColumn($status: TaskStatus!, $after: String, $first: Int) {\n    taskColumn(status: $status, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...TaskCardFields\n      }\n    }\n  }\n": types.TaskColumnDocument,
    "\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      warning\n      task {\n        ...TaskCardFields\n      }\n    }\n  }\n": types.MoveTaskDocument,
    "\n  mutation CreateTask($input: TaskFieldsInput!) {\n    createTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n": types.CreateTaskDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      description\n      status\n      dueDate\n      version\n      officeId\n      leadId\n      requesterId\n      assigneeId\n      campaignId\n      campaign {\n        id\n        name\n      }\n      checklist {\n        text\n        done\n      }\n      requester {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TaskDetailDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  mutation CommentTask($taskId: ID!, $body: String!) {\n    commentTask(taskId: $taskId, body: $body) {\n      id\n    }\n  }\n": types.CommentTaskDocument,
    "\n  mutation ArchiveTask($id: ID!, $expectedVersion: Int!) {\n    archiveTask(id: $id, expectedVersion: $expectedVersion) {\n      ...TaskCardFields\n    }\n  }\n": types.ArchiveTaskDocument,
    "\n  query TaskFormAssignees($taskId: ID) {\n    taskAssignees(taskId: $taskId) {\n      id\n      name\n    }\n  }\n": types.TaskFormAssigneesDocument,
    "\n  query TaskFormCampaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.TaskFormCampaignsDocument,
    "\n  fragment WorkReportFields on WorkReport {\n    id\n    officer {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    kind\n    from\n    to\n    timeZone\n    status\n    plans\n    obstacles\n    submittedAt\n    acknowledgedBy {\n      id\n      name\n    }\n    acknowledgedAt\n    managerComment\n    version\n    pdfUrl\n    csvUrl\n    figures {\n      newLeads\n      leadsMoved\n      stageMoves\n      followUps {\n        type\n        count\n      }\n      followUpsDone\n      visits\n      offers {\n        count\n        amount\n      }\n      won {\n        count\n        amount\n      }\n      lost {\n        count\n        amount\n      }\n      disbursed {\n        count\n        amount\n      }\n      noa\n      dueInPeriod\n      paidOfDue\n      collectionRate\n      repaymentsReceived\n      outstanding\n      loansInArrears\n      arrears\n      par30\n      grades {\n        grade\n        count\n        outstanding\n      }\n      invoicesIssued {\n        count\n        amount\n      }\n      invoicesCollected\n      complaintsReceived\n      complaintsResolved\n      complaintsOpen\n      targets {\n        metric\n        target\n        actual\n        achievement\n      }\n    }\n    recommendations {\n      code\n      title\n      evidence {\n        label\n        value\n      }\n      links {\n        type\n        id\n      }\n    }\n  }\n": types.WorkReportFieldsFragmentDoc,
    "\n  query WorkReport($officerId: ID!, $period: WorkReportPeriodInput!) {\n    workReport(officerId: $officerId, period: $period) {\n      ...WorkReportFields\n    }\n  }\n": types.WorkReportDocument,
    "\n  query WorkReportList($period: WorkReportPeriodInput!, $officeId: ID) {\n    workReports(period: $period, officeId: $officeId) {\n      id\n      officer {\n        id\n        name\n      }\n      office {\n        id\n        name\n      }\n      from\n      to\n      status\n      submittedAt\n      acknowledgedAt\n    }\n  }\n": types.WorkReportListDocument,
    "\n  mutation SubmitWorkReport($input: SubmitWorkReportInput!) {\n    submitWorkReport(input: $input) {\n      ...WorkReportFields\n    }\n  }\n": types.SubmitWorkReportDocument,
    "\n  mutation AcknowledgeWorkReport($input: AcknowledgeWorkReportInput!) {\n    acknowledgeWorkReport(input: $input) {\n      ...WorkReportFields\n    }\n  }\n": types.AcknowledgeWorkReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppSettings {\n    appSettings {\n      dsrLimitPercent\n      organizationName\n    }\n  }\n"): typeof import('./graphql').AppSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeZones($first: Int, $after: String) {\n    offices(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        timeZone\n      }\n    }\n  }\n"): typeof import('./graphql').OfficeZonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    segment\n    active\n    mustChangePassword\n    officeId\n    office {\n      id\n      name\n    }\n    version\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilterInput, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id) {\n      temporaryPassword\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignPortfolio($fromOfficerId: ID!, $toOfficerId: ID!, $reason: String!) {\n    reassignPortfolio(fromOfficerId: $fromOfficerId, toOfficerId: $toOfficerId, reason: $reason) {\n      leads\n      clients\n      followUps\n    }\n  }\n"): typeof import('./graphql').ReassignPortfolioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offices($first: Int, $after: String) {\n    offices(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        parentId\n        timeZone\n        monthlyBudget\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').OfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      id\n      code\n      name\n      parentId\n      timeZone\n      version\n    }\n  }\n"): typeof import('./graphql').CreateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffice($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      id\n      code\n      name\n      parentId\n      timeZone\n      monthlyBudget\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($entityType: String!, $entityId: ID!, $first: Int, $after: String) {\n    auditTrail(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        at\n        actor {\n          id\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        at\n        entityType\n        entityId\n        fields\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        segment\n        mustChangePassword\n        office {\n          id\n          name\n          timeZone\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      segment\n      mustChangePassword\n      office {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFields on Campaign {\n    id\n    name\n    slug\n    channel\n    status\n    startDate\n    endDate\n    budget\n    spend\n    leadGoal\n    description\n    formEnabled\n    formUrl\n    qrUrl\n    version\n    product {\n      id\n      name\n    }\n    figures {\n      leads\n      converted\n      amountWon\n      costPerLead\n      goalProgress\n    }\n  }\n"): typeof import('./graphql').CampaignFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CampaignFields\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n      leadsBrought(first: 50) {\n        totalCount\n        nodes {\n          id\n          fullName\n          phone\n          stage\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CampaignFieldsInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): typeof import('./graphql').CreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): typeof import('./graphql').UpdateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLeads($importId: ID!, $mapping: ImportMappingInput!) {\n    importLeads(importId: $importId, mapping: $mapping) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ImportLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clients($filter: ClientFilterInput, $first: Int, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cif\n        name\n        type\n        phone\n        status\n        segment\n        officer {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      cif\n      type\n      name\n      nik\n      npwp\n      birthDate\n      gender\n      phone\n      whatsapp\n      email\n      address\n      segment\n      status\n      monthlyIncome\n      existingInstallments\n      version\n      createdAt\n      officer {\n        id\n        name\n      }\n      office {\n        id\n        name\n      }\n      sourceLead {\n        id\n        fullName\n      }\n      productsHeld {\n        id\n        amount\n        tenorMonths\n        product {\n          id\n          name\n        }\n      }\n      offers {\n        id\n        status\n        amount\n        tenorMonths\n        annualRate\n        pdfUrl\n        dsrPercent\n        dsrOverLimit\n        dsrLimitPercent\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClientDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: ClientFieldsInput!) {\n    createClient(input: $input) {\n      id\n      cif\n    }\n  }\n"): typeof import('./graphql').CreateClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionSheet($officerId: ID, $date: LocalDate) {\n    collectionSheet(officerId: $officerId, date: $date) {\n      date\n      timeZone\n      officeName\n      officer {\n        id\n        name\n      }\n      totalDue\n      pdfUrl\n      rows {\n        loanId\n        clientId\n        clientName\n        phone\n        amountDue\n        dueOnDate\n        daysPastDue\n        collectibility\n        oldestDueDate\n        nextDueDate\n        lastPromise {\n          promisedDate\n          amount\n          status\n        }\n        contactLinks {\n          tel\n          whatsapp\n          sms\n          whatsappUnavailable\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CollectionSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostSheetRepayment($input: PostRepaymentInput!) {\n    postRepayment(input: $input) {\n      id\n      arrears\n      daysPastDue\n    }\n  }\n"): typeof import('./graphql').PostSheetRepaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintCardFields on Complaint {\n    id\n    status\n    position\n    channel\n    priority\n    category {\n      id\n      name\n    }\n    description\n    client {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    ownerId\n    owner {\n      id\n      name\n    }\n    officeId\n    receivedAt\n    slaDueDate\n    workingDaysLeft\n    breached\n    warning\n    paused\n    extended\n    version\n  }\n"): typeof import('./graphql').ComplaintCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintBoard($filter: ComplaintFilter, $perColumn: Int) {\n    complaintBoard(filter: $filter, perColumn: $perColumn) {\n      columns {\n        status\n        count\n        breached\n        wipLimit\n        hardLimit\n        hasMore\n        endCursor\n        cards {\n          ...ComplaintCardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintColumn($status: ComplaintStatus!, $filter: ComplaintFilter, $after: String, $first: Int) {\n    complaintColumn(status: $status, filter: $filter, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...ComplaintCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintColumnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveComplaint($input: MoveComplaintInput!) {\n    moveComplaint(input: $input) {\n      ...ComplaintCardFields\n    }\n  }\n"): typeof import('./graphql').MoveComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintCardFields\n      completeOn\n      workingDaysUsed\n      workingDaysAllowed\n      extendedOn\n      extensionReason\n      extensionDays\n      extensionToldVia\n      extensionToldOn\n      resolution\n      policy {\n        id\n        name\n      }\n      outcome\n      answerChannel\n      answeredOn\n      resolvedOn\n      reopenUntil\n      loanId\n      product {\n        id\n        name\n      }\n      timeline {\n        id\n        kind\n        status\n        note\n        actor {\n          id\n          name\n        }\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientComplaints($filter: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ComplaintCardFields\n        resolvedOn\n      }\n    }\n  }\n"): typeof import('./graphql').ClientComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintLists {\n    complaintCategories {\n      id\n      name\n    }\n    resolutionPolicies {\n      id\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').ComplaintListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintCardFields\n    }\n  }\n"): typeof import('./graphql').CreateComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendComplaint($id: ID!, $reason: String!, $toldVia: ComplaintChannel!, $toldOn: LocalDate!) {\n    extendComplaint(id: $id, reason: $reason, toldVia: $toldVia, toldOn: $toldOn) {\n      ...ComplaintCardFields\n    }\n  }\n"): typeof import('./graphql').ExtendComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenComplaint($id: ID!, $reason: String!) {\n    reopenComplaint(id: $id, reason: $reason) {\n      ...ComplaintCardFields\n    }\n  }\n"): typeof import('./graphql').ReopenComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveComplaint($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      ...ComplaintCardFields\n    }\n  }\n"): typeof import('./graphql').ResolveComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintReport($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    complaintReport(from: $from, to: $to, officeId: $officeId) {\n      total\n      resolved\n      resolvedOnTime\n      openBreached\n      slaCompliancePercent\n      medianResolutionDays\n      p90ResolutionDays\n      byCategory {\n        key\n        count\n      }\n      byChannel {\n        key\n        count\n      }\n      byProduct {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkCalendar($year: Int!, $officeId: ID) {\n    workCalendar(year: $year, officeId: $officeId) {\n      year\n      officeId\n      region\n      workingDays\n      editable\n      holidays {\n        date\n        name\n        kind\n        region\n      }\n    }\n  }\n"): typeof import('./graphql').WorkCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHoliday($input: SetHolidayInput!) {\n    setHoliday(input: $input) {\n      region\n    }\n  }\n"): typeof import('./graphql').SetHolidayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      region\n    }\n  }\n"): typeof import('./graphql').RemoveHolidayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintReportCsvUrl($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    complaintReportCsvUrl(from: $from, to: $to, officeId: $officeId)\n  }\n"): typeof import('./graphql').ComplaintReportCsvUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignComplaint($id: ID!, $ownerId: ID!) {\n    reassignComplaint(id: $id, ownerId: $ownerId) {\n      ...ComplaintCardFields\n    }\n  }\n"): typeof import('./graphql').ReassignComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    name\n    active\n    slaWorkingDays\n    slaExtensionDays\n    slaWarningDays\n    version\n  }\n"): typeof import('./graphql').ComplaintCategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintSettings {\n    complaintCategories(includeRetired: true) {\n      ...ComplaintCategoryFields\n    }\n    resolutionPolicies(includeRetired: true) {\n      id\n      name\n      description\n      active\n      version\n    }\n    complaintSlaDefaults {\n      workingDays\n      extensionDays\n      warningDays\n      reopenDays\n    }\n    boardColumnSettings(board: \"complaints\") {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n"): typeof import('./graphql').ComplaintSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveComplaintCategory($input: ComplaintCatalogInput!) {\n    saveComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n"): typeof import('./graphql').SaveComplaintCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveResolutionPolicy($input: ComplaintCatalogInput!) {\n    saveResolutionPolicy(input: $input) {\n      id\n      name\n      description\n      active\n      version\n    }\n  }\n"): typeof import('./graphql').SaveResolutionPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComplaintWipLimit($columnKey: String!, $wipLimit: Int) {\n    updateBoardColumnSetting(board: \"complaints\", columnKey: $columnKey, wipLimit: $wipLimit, hardLimit: false) {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n"): typeof import('./graphql').UpdateComplaintWipLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    type\n    dueAt\n    doneAt\n    outcome\n    notes\n    message\n    leadId\n    clientId\n    lead {\n      id\n      fullName\n      companyName\n      phone\n      officeId\n    }\n    client {\n      id\n      name\n      phone\n      officeId\n    }\n    reminderInvoice {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').ActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agenda($date: LocalDate) {\n    agenda(date: $date) {\n      date\n      overdue {\n        ...ActivityFields\n      }\n      today {\n        ...ActivityFields\n      }\n      upcoming {\n        ...ActivityFields\n      }\n    }\n  }\n"): typeof import('./graphql').AgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactLinks($id: ID!, $template: String) {\n    activity(id: $id) {\n      id\n      contactLinks(template: $template) {\n        tel\n        whatsapp\n        sms\n        whatsappUnavailable\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ContactLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageTemplates($first: Int, $after: String) {\n    messageTemplates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').MessageTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActivity($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      completed {\n        id\n      }\n      next {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleActivity($input: ScheduleActivityInput!) {\n    scheduleActivity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LogActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($leadId: ID, $clientId: ID, $first: Int, $after: String) {\n    timeline(leadId: $leadId, clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        at\n        kind\n        code\n        summary\n        actorName\n        latitude\n        longitude\n        productName\n        amount\n        tenorMonths\n        note\n        complaintId\n      }\n    }\n  }\n"): typeof import('./graphql').TimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StageSlas {\n    stageSlas {\n      stage\n      maxIdleDays\n    }\n  }\n"): typeof import('./graphql').StageSlasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaleLeads($ownerId: ID, $first: Int, $after: String) {\n    staleLeads(ownerId: $ownerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        fullName\n        companyName\n        stage\n        daysInStage\n        stageEnteredAt\n        lastActivityAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaleLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckImport($importId: ID!, $mapping: ImportMappingInput!) {\n    checkImport(importId: $importId, mapping: $mapping) {\n      validRows\n      rejectedRows\n      duplicateRows\n      problems {\n        rowNumber\n        outcome\n        reason\n        reasons {\n          code\n          value\n          max\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CheckImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadImport($id: ID!) {\n    leadImport(id: $id) {\n      id\n      status\n      totalRows\n      importedRows\n      rejectedRows\n      rejectedUrl\n      error\n      kind\n    }\n  }\n"): typeof import('./graphql').LeadImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($filter: InvoiceFilterInput, $first: Int, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        kind\n        status\n        total\n        amountDue\n        dueDate\n        overdue\n        supplierName\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      kind\n      status\n      channel\n      issueDate\n      dueDate\n      overdue\n      subtotal\n      taxBase\n      tax\n      total\n      amountPaid\n      amountDue\n      version\n      pdfUrl\n      notes\n      supplierName\n      cancelReason\n      handedOverDate\n      handedOverTo\n      client {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n      }\n      lines {\n        description\n        quantity\n        unitPrice\n        taxCode\n        amount\n      }\n      creditNote {\n        number\n        date\n        total\n      }\n      delivery {\n        state\n        attempts\n        lastError\n        recipient\n        sentAt\n      }\n      payments {\n        paymentId\n        amount\n        date\n        method\n        reference\n        paymentVersion\n        reversedAt\n        reversalReason\n      }\n      reminders {\n        id\n        step\n        channel\n        day\n        recipient\n        activityId\n        deliveryState\n      }\n    }\n  }\n"): typeof import('./graphql').InvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateInvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($id: ID!, $channel: InvoiceChannel!) {\n    issueInvoice(id: $id, channel: $channel) {\n      id\n    }\n  }\n"): typeof import('./graphql').IssueInvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelInvoice($id: ID!, $reason: String!) {\n    cancelInvoice(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').CancelInvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverInvoice($id: ID!, $date: LocalDate!, $receivedBy: String!) {\n    markInvoiceHandedOver(id: $id, date: $date, receivedBy: $receivedBy) {\n      id\n    }\n  }\n"): typeof import('./graphql').HandOverInvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      unallocated\n    }\n  }\n"): typeof import('./graphql').RecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivablesAging($kind: InvoiceKind, $asOf: LocalDate, $officerId: ID) {\n    receivablesAging(kind: $kind, asOf: $asOf, officerId: $officerId, first: 100) {\n      asOf\n      current\n      d1to30\n      d31to60\n      d61to90\n      over90\n      total\n      rowCount\n      officers {\n        officerId\n        officerName\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n      offices {\n        officeId\n        officeName\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n      rows {\n        client {\n          id\n          name\n        }\n        supplierName\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n    }\n  }\n"): typeof import('./graphql').ReceivablesAgingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceClients($filter: ClientFilterInput) {\n    clients(filter: $filter, first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InvoiceClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReversePayment($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reversePayment(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n      reversedAt\n    }\n  }\n"): typeof import('./graphql').ReversePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxSummary($month: String!, $officeId: ID) {\n    taxSummary(month: $month, officeId: $officeId) {\n      month\n      outputTaxBase\n      outputTax\n      inputTaxBase\n      inputTax\n      csvUrl\n      lines {\n        invoiceId\n        kind\n        number\n        issueDate\n        partyName\n        npwp\n        taxBase\n        tax\n      }\n    }\n  }\n"): typeof import('./graphql').TaxSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackgroundJobs($filter: JobFilterInput, $first: Int, $after: String) {\n    jobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        state\n        progress\n        attempts\n        maxAttempts\n        error\n        createdAt\n        updatedAt\n        finishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').BackgroundJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryJob($id: String!) {\n    retryJob(id: $id) {\n      id\n      state\n      attempts\n      error\n      progress\n    }\n  }\n"): typeof import('./graphql').RetryJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadCardFields on Lead {\n    id\n    fullName\n    companyName\n    phone\n    source\n    segment\n    estimatedAmount\n    stage\n    position\n    ownerId\n    owner {\n      id\n      name\n    }\n    officeId\n    stageEnteredAt\n    nextActionAt\n    lostReason\n    lastActivityAt\n    campaignId\n    version\n    latestOffer {\n      id\n      status\n      product {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').LeadCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadBoard($filter: LeadFilterInput, $perColumn: Int) {\n    leadBoard(filter: $filter, perColumn: $perColumn) {\n      columns {\n        stage\n        count\n        totalAmount\n        weightedAmount\n        probability\n        hasMore\n        endCursor\n        cards {\n          ...LeadCardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadBoardTotals($filter: LeadFilterInput) {\n    leadBoard(filter: $filter, perColumn: 1) {\n      columns {\n        stage\n        count\n        totalAmount\n        weightedAmount\n        probability\n      }\n    }\n  }\n"): typeof import('./graphql').LeadBoardTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadColumn($stage: LeadStage!, $filter: LeadFilterInput, $after: String, $first: Int) {\n    leadColumn(stage: $stage, filter: $filter, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...LeadCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').LeadColumnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadCardFields\n      whatsapp\n      email\n      nik\n      referrerName\n      expectedCloseDate\n      monthlyIncome\n      existingInstallments\n      notes\n      productId\n      clientId\n      archivedAt\n      createdAt\n      daysInStage\n      stageHistory {\n        id\n        fromStage\n        toStage\n        changedAt\n        changedBy {\n          id\n          name\n        }\n      }\n      assignments {\n        id\n        assignedAt\n        reason\n        fromOwner {\n          id\n          name\n        }\n        toOwner {\n          id\n          name\n        }\n        assignedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Officers($first: Int, $after: String) {\n    users(filter: { role: OFFICER }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        segment\n        officeId\n        office {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadFormCampaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        status\n        channel\n        startDate\n        product {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadFormCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadFormProducts($first: Int, $after: String) {\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').LeadFormProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      ...LeadCardFields\n    }\n  }\n"): typeof import('./graphql').CreateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      ...LeadCardFields\n    }\n  }\n"): typeof import('./graphql').UpdateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) {\n      ...LeadCardFields\n    }\n  }\n"): typeof import('./graphql').MoveLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveLead($id: ID!) {\n    archiveLead(id: $id) {\n      ...LeadCardFields\n    }\n  }\n"): typeof import('./graphql').ArchiveLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimLead($id: ID!) {\n    claimLead(id: $id) {\n      ...LeadCardFields\n    }\n  }\n"): typeof import('./graphql').ClaimLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignLead($id: ID!, $ownerId: ID!, $reason: String) {\n    reassignLead(id: $id, ownerId: $ownerId, reason: $reason) {\n      ...LeadCardFields\n    }\n  }\n"): typeof import('./graphql').ReassignLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadExportUrl($format: String!, $filter: LeadFilterInput) {\n    leadExportUrl(format: $format, filter: $filter)\n  }\n"): typeof import('./graphql').LeadExportUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoanAdmin {\n    loanBookSetting {\n      institutionType\n    }\n    collectibilityRuleSets {\n      id\n      institutionType\n      effectiveFrom\n      maxDaysPastDue\n      pastMaturityMinGrade\n      restructureUpgradeAfter\n      restructureUpgradeGrades\n      createdAt\n    }\n    loanProductTerms {\n      productId\n      allocationPreset\n      graceDays\n      toleranceAmount\n      penaltyPercentPerDay\n    }\n    products(filter: { kind: LOAN, active: null }, first: 100) {\n      nodes {\n        id\n        code\n        name\n        active\n      }\n    }\n  }\n"): typeof import('./graphql').LoanAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInstitutionType($institutionType: InstitutionType!) {\n    updateInstitutionType(institutionType: $institutionType) {\n      institutionType\n    }\n  }\n"): typeof import('./graphql').UpdateInstitutionTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCollectibilityRuleSet($input: UpdateCollectibilityRuleSetInput!) {\n    updateCollectibilityRuleSet(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateCollectibilityRuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLoanProductTerms($input: UpdateLoanProductTermsInput!) {\n    updateLoanProductTerms(input: $input) {\n      productId\n    }\n  }\n"): typeof import('./graphql').UpdateLoanProductTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollectionCaseFields on CollectionCaseCard {\n    id\n    loanId\n    status\n    position\n    client {\n      id\n      name\n    }\n    officerId\n    officer {\n      id\n      name\n    }\n    officeId\n    daysPastDue\n    arrears\n    collectibility\n    openedOn\n    resolvedOn\n    promise {\n      promisedDate\n      amount\n      status\n    }\n    version\n  }\n"): typeof import('./graphql').CollectionCaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionBoard($filter: CollectionBoardFilter, $perColumn: Int) {\n    collectionBoard(filter: $filter, perColumn: $perColumn) {\n      columns {\n        status\n        count\n        total\n        hasMore\n        endCursor\n        cards {\n          ...CollectionCaseFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CollectionBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionColumn($status: CollectionColumn!, $filter: CollectionBoardFilter, $after: String, $first: Int) {\n    collectionColumn(status: $status, filter: $filter, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...CollectionCaseFields\n      }\n    }\n  }\n"): typeof import('./graphql').CollectionColumnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCollectionCase($input: MoveCollectionCaseInput!) {\n    moveCollectionCase(input: $input) {\n      ...CollectionCaseFields\n    }\n  }\n"): typeof import('./graphql').MoveCollectionCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPaymentPromise($input: RecordPaymentPromiseInput!) {\n    recordPaymentPromise(input: $input) {\n      id\n      status\n      promisedDate\n      amount\n    }\n  }\n"): typeof import('./graphql').RecordPaymentPromiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Loans($filter: LoanFilterInput, $first: Int, $after: String) {\n    loans(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        principal\n        outstandingPrincipal\n        arrears\n        daysPastDue\n        collectibility\n        maturityDate\n        client {\n          id\n          name\n          cif\n        }\n        product {\n          id\n          name\n        }\n        officer {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoanDetail($id: ID!) {\n    loan(id: $id) {\n      id\n      version\n      status\n      principal\n      annualRate\n      tenorMonths\n      interestMethod\n      outstandingPrincipal\n      arrears\n      creditBalance\n      daysPastDue\n      collectibility\n      positionAsOf\n      disbursementDate\n      maturityDate\n      externalNumber\n      scheduleVersion\n      restructuredFromGrade\n      closedDate\n      writtenOffPrincipal\n      writeOffReason\n      recovered\n      client {\n        id\n        name\n        cif\n      }\n      product {\n        id\n        name\n        maxRate\n      }\n      officer {\n        id\n        name\n      }\n      office {\n        id\n        name\n        timeZone\n      }\n      schedule {\n        number\n        dueDate\n        principal\n        interest\n        paidPrincipal\n        paidInterest\n        penalty\n        paidPenalty\n        paidDate\n      }\n      promises {\n        id\n        status\n        madeOn\n        promisedDate\n        amount\n        resolvedOn\n      }\n      repayments {\n        id\n        amount\n        valueDate\n        channel\n        reference\n        reversed\n        reversalReason\n        scheduleVersion\n        recovery\n      }\n      scheduleVersions {\n        version\n        kind\n        current\n        effectiveDate\n        principal\n        capitalisedArrears\n        carriedArrears\n        annualRate\n        tenorMonths\n        gradeBefore\n        reason\n        installments {\n          number\n          dueDate\n          principal\n          interest\n          paidPrincipal\n          paidInterest\n          penalty\n          paidPenalty\n          paidDate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoanDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientLoans($id: ID!) {\n    client(id: $id) {\n      id\n      collectibility\n      loans {\n        id\n        offerId\n        status\n        principal\n        outstandingPrincipal\n        daysPastDue\n        collectibility\n        product {\n          id\n          name\n        }\n      }\n      offers {\n        id\n        status\n        amount\n        tenorMonths\n        product {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClientLoansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisburseLoan($input: DisburseLoanInput!) {\n    disburseLoan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DisburseLoanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostRepayment($input: PostRepaymentInput!) {\n    postRepayment(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').PostRepaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseRepayment($id: ID!, $reason: String!) {\n    reverseRepayment(id: $id, reason: $reason) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReverseRepaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosedMonthEnds {\n    closedMonthEnds\n  }\n"): typeof import('./graphql').ClosedMonthEndsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoanMonthEndExportUrl($monthEnd: LocalDate!) {\n    loanMonthEndExportUrl(monthEnd: $monthEnd)\n  }\n"): typeof import('./graphql').LoanMonthEndExportUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckLoanImport($importId: ID!, $mapping: LoanImportMappingInput!) {\n    checkLoanImport(importId: $importId, mapping: $mapping) {\n      validRows\n      rejectedRows\n      duplicateRows\n      problems {\n        rowNumber\n        outcome\n        reason\n        reasons {\n          code\n          value\n          max\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CheckLoanImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLoans($importId: ID!, $mapping: LoanImportMappingInput!) {\n    importLoans(importId: $importId, mapping: $mapping) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ImportLoansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestructureLoan($input: RestructureLoanInput!) {\n    restructureLoan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').RestructureLoanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteOffLoan($input: WriteOffLoanInput!) {\n    writeOffLoan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').WriteOffLoanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CashFlow($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID) {\n    cashFlow(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      months {\n        month\n        moneyIn\n        moneyOut\n        net\n        principal\n        interest\n        penalty\n        repaymentCredit\n        receivablesCollected\n        disbursed\n        payablesPaid\n      }\n    }\n  }\n"): typeof import('./graphql').CashFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetVsActual($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    budgetVsActual(from: $from, to: $to, officeId: $officeId) {\n      lines {\n        kind\n        id\n        name\n        budget\n        spend\n        remaining\n        leads\n        won\n        disbursed\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetVsActualDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JournalExport($month: String!, $officeId: ID) {\n    journalExport(month: $month, officeId: $officeId) {\n      url\n      month\n      lineCount\n      debitTotal\n      creditTotal\n    }\n  }\n"): typeof import('./graphql').JournalExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMapping {\n    accountMapping {\n      id\n      account\n      productId\n      code\n      name\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').AccountMappingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountMapping($input: SetAccountMappingInput!) {\n    setAccountMapping(input: $input) {\n      id\n      account\n      productId\n      code\n      name\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SetAccountMappingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MappingProducts {\n    products(filter: { kind: LOAN, active: null }, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MappingProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        type\n        title\n        body\n        link\n        params\n        readAt\n        createdAt\n      }\n    }\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferFields on Offer {\n    id\n    status\n    amount\n    tenorMonths\n    annualRate\n    interestMethod\n    validUntil\n    declineReason\n    version\n    pdfUrl\n    dsrPercent\n    dsrOverLimit\n    dsrLimitPercent\n    product {\n      id\n      name\n      kind\n    }\n    figures {\n      fee\n      feeVat\n      depositInterest\n      depositTax\n      loan {\n        installment\n        totalInterest\n        totalPaid\n      }\n    }\n  }\n"): typeof import('./graphql').OfferFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadSales($id: ID!) {\n    lead(id: $id) {\n      id\n      documentChecklist {\n        code\n        label\n        received\n      }\n      client {\n        id\n        cif\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').LeadSalesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WonOffer($leadId: ID!) {\n    offers(filter: { leadId: $leadId, status: ACCEPTED }, first: 1) {\n      nodes {\n        ...OfferFields\n      }\n    }\n  }\n"): typeof import('./graphql').WonOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadOffers($leadId: ID!, $first: Int, $after: String) {\n    offers(filter: { leadId: $leadId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OfferFields\n      }\n    }\n  }\n"): typeof import('./graphql').LeadOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n"): typeof import('./graphql').CreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresentOffer($id: ID!) {\n    presentOffer(id: $id) {\n      ...OfferFields\n    }\n  }\n"): typeof import('./graphql').PresentOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      ...OfferFields\n    }\n  }\n"): typeof import('./graphql').AcceptOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOffer($id: ID!, $reason: String!) {\n    declineOffer(id: $id, reason: $reason) {\n      ...OfferFields\n    }\n  }\n"): typeof import('./graphql').DeclineOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLeadDocument($leadId: ID!, $code: String!, $received: Boolean!) {\n    setLeadDocument(leadId: $leadId, code: $code, received: $received) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetLeadDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: ProductFieldsInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products($filter: ProductFilterInput, $first: Int, $after: String) {\n    products(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        kind\n        segment\n        interestMethod\n        minRate\n        maxRate\n        minTenorMonths\n        maxTenorMonths\n        minAmount\n        maxAmount\n        fee\n        vatTreatment\n        description\n        active\n        version\n        requirements {\n          code\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementLineCardFields on StatementLineCard {\n    id\n    statementId\n    state\n    position\n    date\n    direction\n    amount\n    remark\n    reference\n    officeId\n    officerId\n    client {\n      id\n      name\n    }\n    target {\n      kind\n      id\n      label\n    }\n    rule\n    reasonCode\n    reasonParams\n    posted\n    version\n  }\n"): typeof import('./graphql').StatementLineCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReconciliationBoard($statementId: ID, $perColumn: Int) {\n    reconciliationBoard(statementId: $statementId, perColumn: $perColumn) {\n      columns {\n        state\n        count\n        total\n        hasMore\n        endCursor\n        cards {\n          ...StatementLineCardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReconciliationBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReconciliationColumn($state: StatementLineState!, $statementId: ID, $after: String, $first: Int) {\n    reconciliationColumn(state: $state, statementId: $statementId, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...StatementLineCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReconciliationColumnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmStatementMatch($input: ConfirmStatementMatchInput!) {\n    confirmStatementMatch(input: $input) {\n      ...StatementLineCardFields\n    }\n  }\n"): typeof import('./graphql').ConfirmStatementMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectStatementMatch($input: RejectStatementMatchInput!) {\n    rejectStatementMatch(input: $input) {\n      ...StatementLineCardFields\n    }\n  }\n"): typeof import('./graphql').RejectStatementMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmatchStatementLine($input: UnmatchStatementLineInput!) {\n    unmatchStatementLine(input: $input) {\n      ...StatementLineCardFields\n    }\n  }\n"): typeof import('./graphql').UnmatchStatementLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementMatchCandidates($lineId: ID!, $search: String, $first: Int) {\n    statementMatchCandidates(lineId: $lineId, search: $search, first: $first) {\n      kind\n      id\n      label\n      party\n      amountDue\n      dueDate\n    }\n  }\n"): typeof import('./graphql').StatementMatchCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankStatements($first: Int, $after: String) {\n    bankStatements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        account\n        format\n        fileName\n        periodFrom\n        periodTo\n        status\n        progress\n        lineCount\n        duplicateCount\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').BankStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankStatement($id: ID!, $after: String) {\n    bankStatement(id: $id) {\n      id\n      account\n      format\n      fileName\n      periodFrom\n      periodTo\n      status\n      progress\n      lineCount\n      duplicateCount\n      lines(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...StatementLineCardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BankStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard(\n    $from: LocalDate!\n    $to: LocalDate!\n    $officeId: ID\n    $officerId: ID\n    $grouping: ReportGrouping\n    $month: String!\n    $forecastFrom: LocalDate!\n    $forecastTo: LocalDate!\n  ) {\n    salesFunnel(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {\n      stages {\n        stage\n        entered\n        conversionToNext\n      }\n      series {\n        period\n        stage\n        entered\n      }\n    }\n    pipelineVelocity(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      stages {\n        stage\n        medianDays\n        p90Days\n        sampleSize\n      }\n      medianDaysToWin\n      wonSampleSize\n    }\n    forecast(from: $forecastFrom, to: $forecastTo, officeId: $officeId, officerId: $officerId) {\n      months {\n        month\n        leadCount\n        weightedAmount\n        defaultWeightedAmount\n      }\n      probabilities {\n        stage\n        probability\n        defaultProbability\n        sampleSize\n      }\n    }\n    winLoss(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      wonCount\n      wonAmount\n      lostCount\n      lostAmount\n      winRate\n      rows {\n        dimension\n        key\n        label\n        wonCount\n        wonAmount\n        lostCount\n        lostAmount\n      }\n    }\n    campaignReturn(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      rows {\n        campaignId\n        name\n        spend\n        leads\n        costPerLead\n        wonCount\n        costPerWon\n        disbursement\n        disbursementPerRupiah\n      }\n    }\n    portfolioTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {\n      points {\n        monthEnd\n        loanCount\n        outstanding\n        npl\n        par30\n      }\n    }\n    receivablesTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {\n      points {\n        period\n        periodEnd\n        outstanding\n        overdue\n        current\n        d1to30\n        d31to60\n        d61to90\n        over90\n        issued\n        collected\n      }\n    }\n    complaintSlaTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {\n      points {\n        period\n        periodEnd\n        received\n        resolved\n        resolvedWithinSla\n        breached\n        compliance\n        openPastDeadline\n      }\n    }\n    officerPerformance(month: $month, officeId: $officeId, officerId: $officerId) {\n      month\n      rows {\n        officer {\n          id\n          name\n        }\n        newLeads\n        followUpsDone\n        visits\n        offers\n        wonCount\n        wonAmount\n        noa\n        disbursement\n        outstanding\n        collectionRate\n        par30\n        targets {\n          metric\n          target\n          actual\n          achievement\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportOffices {\n    offices(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ReportOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTargets($input: SetTargetsInput!) {\n    setTargets(input: $input) {\n      id\n      officerId\n      month\n      metric\n      value\n      version\n    }\n  }\n"): typeof import('./graphql').SetTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommendations($from: LocalDate!, $to: LocalDate!, $officeId: ID) {\n    recommendations(from: $from, to: $to, officeId: $officeId) {\n      code\n      title\n      detail\n      evidence {\n        label\n        value\n      }\n      links {\n        type\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RecommendationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllMessageTemplates($first: Int, $after: String) {\n    messageTemplates(includeInactive: true, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        body\n        active\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').AllMessageTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMessageTemplate($input: MessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStageSla($stage: String!, $maxIdleDays: Int!) {\n    updateStageSla(stage: $stage, maxIdleDays: $maxIdleDays) {\n      stage\n      maxIdleDays\n    }\n  }\n"): typeof import('./graphql').UpdateStageSlaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WipLimits {\n    boardColumnSettings(board: \"tasks\") {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n"): typeof import('./graphql').WipLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWipLimit($columnKey: String!, $wipLimit: Int, $hardLimit: Boolean!) {\n    updateBoardColumnSetting(board: \"tasks\", columnKey: $columnKey, wipLimit: $wipLimit, hardLimit: $hardLimit) {\n      columnKey\n      wipLimit\n      hardLimit\n    }\n  }\n"): typeof import('./graphql').UpdateWipLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationThresholds {\n    recommendationThresholds {\n      key\n      unit\n      value\n      defaultValue\n      min\n      max\n    }\n  }\n"): typeof import('./graphql').RecommendationThresholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecommendationThreshold($key: String!, $value: Float!) {\n    setRecommendationThreshold(key: $key, value: $value) {\n      key\n      unit\n      value\n      defaultValue\n      min\n      max\n    }\n  }\n"): typeof import('./graphql').SetRecommendationThresholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskCardFields on TaskCard {\n    id\n    title\n    status\n    position\n    campaignId\n    campaign {\n      id\n      name\n    }\n    leadId\n    requesterId\n    requester {\n      id\n      name\n    }\n    assigneeId\n    assignee {\n      id\n      name\n    }\n    officeId\n    dueDate\n    checklistDone\n    checklistTotal\n    commentCount\n    version\n  }\n"): typeof import('./graphql').TaskCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskBoard($perColumn: Int) {\n    taskBoard(perColumn: $perColumn) {\n      columns {\n        status\n        count\n        wipLimit\n        hardLimit\n        hasMore\n        endCursor\n        cards {\n          ...TaskCardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TaskBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskColumn($status: TaskStatus!, $after: String, $first: Int) {\n    taskColumn(status: $status, after: $after, first: $first) {\n      hasMore\n      endCursor\n      cards {\n        ...TaskCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').TaskColumnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      warning\n      task {\n        ...TaskCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').MoveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: TaskFieldsInput!) {\n    createTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n"): typeof import('./graphql').CreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      description\n      status\n      dueDate\n      version\n      officeId\n      leadId\n      requesterId\n      assigneeId\n      campaignId\n      campaign {\n        id\n        name\n      }\n      checklist {\n        text\n        done\n      }\n      requester {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TaskDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskCardFields\n    }\n  }\n"): typeof import('./graphql').UpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentTask($taskId: ID!, $body: String!) {\n    commentTask(taskId: $taskId, body: $body) {\n      id\n    }\n  }\n"): typeof import('./graphql').CommentTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveTask($id: ID!, $expectedVersion: Int!) {\n    archiveTask(id: $id, expectedVersion: $expectedVersion) {\n      ...TaskCardFields\n    }\n  }\n"): typeof import('./graphql').ArchiveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskFormAssignees($taskId: ID) {\n    taskAssignees(taskId: $taskId) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').TaskFormAssigneesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskFormCampaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').TaskFormCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkReportFields on WorkReport {\n    id\n    officer {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    kind\n    from\n    to\n    timeZone\n    status\n    plans\n    obstacles\n    submittedAt\n    acknowledgedBy {\n      id\n      name\n    }\n    acknowledgedAt\n    managerComment\n    version\n    pdfUrl\n    csvUrl\n    figures {\n      newLeads\n      leadsMoved\n      stageMoves\n      followUps {\n        type\n        count\n      }\n      followUpsDone\n      visits\n      offers {\n        count\n        amount\n      }\n      won {\n        count\n        amount\n      }\n      lost {\n        count\n        amount\n      }\n      disbursed {\n        count\n        amount\n      }\n      noa\n      dueInPeriod\n      paidOfDue\n      collectionRate\n      repaymentsReceived\n      outstanding\n      loansInArrears\n      arrears\n      par30\n      grades {\n        grade\n        count\n        outstanding\n      }\n      invoicesIssued {\n        count\n        amount\n      }\n      invoicesCollected\n      complaintsReceived\n      complaintsResolved\n      complaintsOpen\n      targets {\n        metric\n        target\n        actual\n        achievement\n      }\n    }\n    recommendations {\n      code\n      title\n      evidence {\n        label\n        value\n      }\n      links {\n        type\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').WorkReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkReport($officerId: ID!, $period: WorkReportPeriodInput!) {\n    workReport(officerId: $officerId, period: $period) {\n      ...WorkReportFields\n    }\n  }\n"): typeof import('./graphql').WorkReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkReportList($period: WorkReportPeriodInput!, $officeId: ID) {\n    workReports(period: $period, officeId: $officeId) {\n      id\n      officer {\n        id\n        name\n      }\n      office {\n        id\n        name\n      }\n      from\n      to\n      status\n      submittedAt\n      acknowledgedAt\n    }\n  }\n"): typeof import('./graphql').WorkReportListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitWorkReport($input: SubmitWorkReportInput!) {\n    submitWorkReport(input: $input) {\n      ...WorkReportFields\n    }\n  }\n"): typeof import('./graphql').SubmitWorkReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeWorkReport($input: AcknowledgeWorkReportInput!) {\n    acknowledgeWorkReport(input: $input) {\n      ...WorkReportFields\n    }\n  }\n"): typeof import('./graphql').AcknowledgeWorkReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
