/**
 * What every module shares and nothing more: problem types, money, paging, the change
 * version counter and the web plumbing (error handler, OpenAPI).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.bidhaa.pos.shared;
